# A list, record and string script (same as tranches.deal).
kinds = ["seed", "growth", "mezz", "senior", "junior", "bridge", "equity"]


def make(i):
    name = kinds[i % 7] + "-" + kinds[(i * 3) % 7]
    return {"name": name, "gw": (i * 37) % 101, "price": 100 + (i * 53) % 97, "shares": 1000 + i}


def key(t):
    return t["gw"] * t["price"] - t["shares"] % 13


def sorted_by(xs, by):
    n = len(xs)
    if n < 2:
        return xs
    half = (n - n % 2) // 2
    left, right = [], []
    i = 0
    while i < n:
        if i < half:
            left.append(xs[i])
        else:
            right.append(xs[i])
        i = i + 1
    left = sorted_by(left, by)
    right = sorted_by(right, by)
    out = []
    a = b = 0
    while a < len(left) and b < len(right):
        if by(right[b]) < by(left[a]):
            out.append(right[b])
            b = b + 1
        else:
            out.append(left[a])
            a = a + 1
    while a < len(left):
        out.append(left[a])
        a = a + 1
    while b < len(right):
        out.append(right[b])
        b = b + 1
    return out


rounds = 0
check = 0
first = ""
while rounds < 4:
    ts = []
    i = 0
    while i < 5000:
        ts.append(make(i + rounds))
        i = i + 1
    s = sorted_by(ts, key)
    j = 0
    while j < len(s):
        check = (check * 31 + key(s[j]) + len(s[j]["name"])) % 1000003
        j = j + 1
    first = first + s[0]["name"] + "/"
    rounds = rounds + 1
print(first, check)
