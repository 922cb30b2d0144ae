// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QString>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

namespace VendorPack {

// Times a piece of work several times and prints the median against its budget.
class BenchmarkReport
{
public:
    // Runs `work` `runs` times (after one warm-up) and returns the median in milliseconds.
    static double medianMilliseconds(int runs, const std::function<void()> &work)
    {
        work();
        std::vector<double> times;
        times.reserve(size_t(runs));
        for (int i = 0; i < runs; ++i) {
            QElapsedTimer timer;
            timer.start();
            work();
            times.push_back(double(timer.nsecsElapsed()) / 1e6);
        }
        std::sort(times.begin(), times.end());
        return times[times.size() / 2];
    }

    // One line: what, the figure, the budget and whether it is met; returns whether it is met.
    static bool printMilliseconds(const char *what, double ms, double budgetMs)
    {
        const bool ok = ms <= budgetMs;
        std::printf("%-58s %10.3f ms   budget <= %g ms   %s\n", what, ms, budgetMs,
                    ok ? "OK" : "OVER BUDGET");
        std::fflush(stdout);
        return ok;
    }
};

} // namespace VendorPack
