/* Reference loop for the Monte Carlo benchmark: one core, xoshiro256** and a ziggurat
   normal (256 layers, tables built by bisection at start-up), the same ten close-price
   tranches and latched monitoring as mc-bench. Prints path-steps per second.
   Build: cc -O2 -o c_loop c_loop.c -lm; run: ./c_loop [paths] */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#define LAYERS 256
#define DAYS 1250
#define TRANCHES 10

static uint64_t s[4];
static double zx[LAYERS + 1], zf[LAYERS + 1], zratio[LAYERS], tail_start;

static inline uint64_t rotl(uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
static inline uint64_t next(void) {
    uint64_t r = rotl(s[1] * 5, 7) * 9, t = s[1] << 17;
    s[2] ^= s[0]; s[3] ^= s[1]; s[1] ^= s[2]; s[0] ^= s[3]; s[2] ^= t; s[3] = rotl(s[3], 45);
    return r;
}
static inline double uniform(void) { return (double)(next() >> 11) * 0x1.0p-53; }

static double area(double r) { return r * exp(-0.5 * r * r) + sqrt(M_PI / 2) * erfc(r / sqrt(2.0)); }
/* Fills zx for tail start r; returns 0 when the layers overflow the curve (r too small). */
static int edges(double r) {
    double v = area(r);
    zx[0] = v / exp(-0.5 * r * r); zx[1] = r;
    for (int i = 1; i < LAYERS - 1; i++) {
        double h = exp(-0.5 * zx[i] * zx[i]) + v / zx[i];
        if (h >= 1) return 0;
        zx[i + 1] = sqrt(-2 * log(h));
    }
    zx[LAYERS] = 0;
    return 1;
}
static void build_tables(void) {
    double lo = 2, hi = 5;
    for (int k = 0; k < 200; k++) {
        double mid = 0.5 * (lo + hi);
        if (!edges(mid)) { lo = mid; continue; }
        double top = zx[LAYERS - 1];
        if (top * (1 - exp(-0.5 * top * top)) - area(mid) > 0) hi = mid; else lo = mid;
    }
    tail_start = 0.5 * (lo + hi);
    edges(tail_start);
    for (int i = 0; i <= LAYERS; i++) zf[i] = exp(-0.5 * zx[i] * zx[i]);
    for (int i = 0; i < LAYERS; i++) zratio[i] = zx[i + 1] / zx[i];
}
static inline double normal(void) {
    for (;;) {
        uint64_t b = next();
        int i = (int)(b & 0xFF);
        double u = (double)(b >> 11) * 0x1.0p-53, x = u * zx[i], sign = (b & 0x100) ? -1 : 1;
        if (u < zratio[i]) return sign * x;
        if (i == 0) {
            for (;;) {
                double a = -log(1 - uniform()) / tail_start, c = -log(1 - uniform());
                if (2 * c > a * a) return sign * (tail_start + a);
            }
        }
        if (zf[i] + uniform() * (zf[i + 1] - zf[i]) < exp(-0.5 * x * x)) return sign * x;
    }
}

int main(int argc, char **argv) {
    long paths = argc > 1 ? atol(argv[1]) : 200000;
    double s0 = 203.71, vol = 0.55, mu = 0.04, dt = 1.0 / 252, strike = 0.01, shares = 16e6;
    double a = (mu - 0.5 * vol * vol) * dt, bvol = vol * sqrt(dt);
    double thr[TRANCHES], disc[DAYS + 1];
    int earliest[TRANCHES];
    for (int t = 0; t < TRANCHES; t++) {
        thr[t] = log((250 + t * 750.0 / 9) / s0);
        earliest[t] = t * 100;
    }
    for (int d = 0; d <= DAYS; d++) disc[d] = exp(-mu * d * dt);
    build_tables();
    s[0] = 0x9E3779B97F4A7C15ull; s[1] = 1; s[2] = 2; s[3] = 3;
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    double total = 0; long vested[TRANCHES] = {0};
    for (long p = 0; p < paths; p++) {
        double logS = 0;
        unsigned pending = (1u << TRANCHES) - 1, awaiting = 0;
        int vest[TRANCHES];
        double lowest = thr[0];  /* targets rise with t: the lowest pending one is the next */
        int next_vest = DAYS + 1;  /* the next day an awaiting tranche vests */
        for (int day = 1; day <= DAYS && (pending | awaiting); day++) {
            logS += a + bvol * normal();
            if (logS >= lowest || day == next_vest) {
                double price = s0 * exp(logS);
                for (int t = 0; t < TRANCHES; t++) {
                    unsigned bit = 1u << t;
                    if ((pending & bit) && logS >= thr[t]) {
                        pending &= ~bit; awaiting |= bit;
                        vest[t] = day > earliest[t] ? day : earliest[t];
                    }
                    if ((awaiting & bit) && vest[t] == day) {
                        awaiting &= ~bit; vested[t]++;
                        total += shares * (price - strike) * disc[day];
                    }
                }
                lowest = INFINITY;
                next_vest = DAYS + 1;
                for (int t = 0; t < TRANCHES; t++)
                    if (((awaiting >> t) & 1) && vest[t] < next_vest) next_vest = vest[t];
                for (int t = 0; t < TRANCHES; t++) if ((pending >> t) & 1) { lowest = thr[t]; break; }
            }
        }
    }
    clock_gettime(CLOCK_MONOTONIC, &t1);
    double secs = (t1.tv_sec - t0.tv_sec) + 1e-9 * (t1.tv_nsec - t0.tv_nsec);
    printf("c: %ld paths x %d days, 1 thread: %.3f s, %.1fM path-steps/s\n", paths, DAYS, secs, paths * (double)DAYS / secs / 1e6);
    printf("c: P(T1)=%.4f P(T10)=%.4f E[value]=$%.3fB\n", (double)vested[0] / paths, (double)vested[9] / paths, total / paths / 1e9);
    return 0;
}
