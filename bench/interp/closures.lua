-- A closure-heavy script (same as closures.deal).
local function adder(k) return function(x) return x + k end end
local function compose(f, g) return function(x) return g(f(x)) end end
local function counter()
    local n = 0
    return function()
        n = n + 1
        return n
    end
end
local next = counter()
local total = 0
local i = 0
while i < 300000 do
    local f = compose(adder(i % 7), adder(1))
    total = total + f(next())
    i = i + 1
end
print(total)
