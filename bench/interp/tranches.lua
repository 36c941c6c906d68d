-- A list, record and string script (same as tranches.deal).
local kinds = {"seed", "growth", "mezz", "senior", "junior", "bridge", "equity"}
local function make(i)
    local name = kinds[i % 7 + 1] .. "-" .. kinds[(i * 3) % 7 + 1]
    return {name = name, gw = (i * 37) % 101, price = 100 + (i * 53) % 97, shares = 1000 + i}
end
local function key(t) return t.gw * t.price - t.shares % 13 end
local function sorted(xs, by)
    local n = #xs
    if n < 2 then return xs end
    local half = (n - n % 2) / 2
    local left, right = {}, {}
    local i = 0
    while i < n do
        if i < half then left[#left + 1] = xs[i + 1] else right[#right + 1] = xs[i + 1] end
        i = i + 1
    end
    left = sorted(left, by)
    right = sorted(right, by)
    local out = {}
    local a, b = 0, 0
    while a < #left and b < #right do
        if by(right[b + 1]) < by(left[a + 1]) then
            out[#out + 1] = right[b + 1]
            b = b + 1
        else
            out[#out + 1] = left[a + 1]
            a = a + 1
        end
    end
    while a < #left do
        out[#out + 1] = left[a + 1]
        a = a + 1
    end
    while b < #right do
        out[#out + 1] = right[b + 1]
        b = b + 1
    end
    return out
end
local rounds = 0
local check = 0
local first = ""
while rounds < 4 do
    local ts = {}
    local i = 0
    while i < 5000 do
        ts[#ts + 1] = make(i + rounds)
        i = i + 1
    end
    local s = sorted(ts, key)
    local j = 0
    while j < #s do
        check = (check * 31 + key(s[j + 1]) + #s[j + 1].name) % 1000003
        j = j + 1
    end
    first = first .. s[1].name .. "/"
    rounds = rounds + 1
end
print(first, check)
