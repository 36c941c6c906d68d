# An unterminated string is reported at the end of its line; the next line runs on its own.
> print "hello
error: unterminated string: add the closing `"` (a string ends on its line; write \n for a newline)
print "hello
            ^
> print "ok"
ok
