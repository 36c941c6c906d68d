-- A loop-heavy script (same as loop.deal).
local xs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10}
local total = 0
local i = 0
while i < 3000000 do
    total = total + xs[i % 10 + 1] * 2 - 1
    i = i + 1
end
print(total)
