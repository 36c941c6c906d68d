"""Reference values for the Monte Carlo tests: a tranche that vests on the first trading day
its close reaches a target H (daily monitoring, days 1..N), worth shares x (S - K) that day,
discounted at the rate r. Computed without simulation: the log price's density is carried day
by day on a fine grid (cell masses from the normal distribution function), and the mass
crossing the target each day is the first-passage law. Changes of measure give the values:
  E_Q[e^{-r tau} S_tau 1{tau<=N}] = S0 * P_S(tau <= N)       (P_S: log drift r + sigma^2/2)
  E_P[e^{-r tau} S_tau 1{tau<=N}] = S0 * E_P~[e^{(mu-r) tau}]  (P~: log drift mu + sigma^2/2)
The grid step is halved until the figures settle; the last step's change is printed as the error.
Usage: python3 Tests/Reference/discrete_touch.py"""
import numpy as np
from scipy.stats import norm

DT = 1 / 252


def first_passage(log_drift, vol, barrier, days, cells_per_sd):
    """P(tau = d) for d = 1..days: tau the first day log(S/S0) >= barrier (day 0 below it)."""
    s = vol * np.sqrt(DT)
    m = log_drift * DT
    h = s / cells_per_sd
    low = min(0.0, barrier) - 10 * vol * np.sqrt(days * DT) - abs(m) * days
    n = int(np.ceil((barrier - low) / h))
    edges = barrier - h * np.arange(n, -1, -1)  # edges[-1] == barrier
    centers = 0.5 * (edges[:-1] + edges[1:])
    # Day 1 from the exact normal law of one step.
    mass = np.diff(norm.cdf((edges - m) / s))
    hits = [1 - norm.cdf((barrier - m) / s)]
    # Transition: from a cell centre, the next day's cell masses and the mass crossing the barrier.
    offsets = (edges[None, :] - centers[:, None] - m) / s
    cdf = norm.cdf(offsets)
    step = np.diff(cdf, axis=1)           # [from, to]
    cross = 1 - cdf[:, -1]                # from each cell to at or above the barrier
    for _ in range(2, days + 1):
        hits.append(mass @ cross)
        mass = mass @ step
    return np.array(hits)


def values(s0, target, vol, mu, r, days, shares, strike, cells_per_sd):
    b = np.log(target / s0)
    d = np.arange(1, days + 1) * DT
    real = first_passage(mu - vol * vol / 2, vol, b, days, cells_per_sd)
    neutral = first_passage(r - vol * vol / 2, vol, b, days, cells_per_sd)
    share_measure = first_passage(r + vol * vol / 2, vol, b, days, cells_per_sd)
    tilted = first_passage(mu + vol * vol / 2, vol, b, days, cells_per_sd)
    fair = shares * (s0 * share_measure.sum() - strike * (np.exp(-r * d) * neutral).sum())
    expected = shares * (s0 * (np.exp((mu - r) * d) * tilted).sum() - strike * (np.exp(-r * d) * real).sum())
    return real.sum(), fair, expected


def settled(**kw):
    previous = None
    for cells in (10, 20, 40):
        now = np.array(values(cells_per_sd=cells, **kw))
        if previous is not None:
            error = np.abs(now - previous)
        previous = now
    return previous, error


if __name__ == "__main__":
    base = dict(s0=200.0, target=250.0, vol=0.5, mu=0.20, r=0.04, days=251, shares=1e6, strike=0.01)
    (p, fair, expected), err = settled(**base)
    print(f"base: P_real={p:.10f} fair={fair:.6f} expected={expected:.6f}  (last change {err})")
    bumps = {"s0": 0.05 * base["s0"], "vol": 0.01, "r": 0.01}  # as GreekBumps: ±5%, ±1 point, ±1 point
    for key, h in bumps.items():
        up = dict(base, **{key: base[key] + h})
        down = dict(base, **{key: base[key] - h})
        # (mu does not enter the fair value: its paths drift at the rate r.)
        (_, f_up, _), _ = settled(**up)
        (_, f_down, _), _ = settled(**down)
        print(f"{key}: up={f_up:.6f} down={f_down:.6f}")
    print("(greeks: delta = (up - down) / (2 h); gamma = (up - 2 base + down) / h^2; "
          "vega, rho per point = (up - down) / (2 h) / 100)")
