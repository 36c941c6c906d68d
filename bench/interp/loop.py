# A loop-heavy script (same as loop.deal), at module level like the others.
xs = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]
total = 0
i = 0
while i < 3000000:
    total = total + xs[i % 10] * 2 - 1
    i = i + 1
print(total)
