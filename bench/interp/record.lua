-- A record-heavy script (same as record.deal).
local wide = {t1 = 1, t2 = 2, t3 = 3, t4 = 4, t5 = 5, t6 = 6, t7 = 7, t8 = 8, t9 = 9, t10 = 10, t11 = 11, t12 = 12, t13 = 13, t14 = 14, t15 = 15, t16 = 16, t17 = 17, t18 = 18, t19 = 19, t20 = 20, t21 = 21, t22 = 22, t23 = 23, t24 = 24}
local total = 0
local i = 0
while i < 1000000 do
    local r = {name = "T2", shares = i, price = 250, gw = 2}
    wide.t24 = wide.t24 + r.shares % 7
    total = total + r.price + wide.t20 + wide.t1 + wide["t12"]
    i = i + 1
end
print(total + wide.t24)
