# A closure-heavy script (same as closures.deal).
def adder(k):
    return lambda x: x + k


def compose(f, g):
    return lambda x: g(f(x))


def counter():
    n = 0

    def step():
        nonlocal n
        n = n + 1
        return n

    return step


next_ = counter()
total = 0
i = 0
while i < 300000:
    f = compose(adder(i % 7), adder(1))
    total = total + f(next_())
    i = i + 1
print(total)
