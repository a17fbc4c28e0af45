#pragma once

#include <algorithm>
#include <vector>

// Percentiles of a set of timings, in the unit they were given.
struct Stats {
    std::vector<double> values;
    void add(double v) { values.push_back(v); }
    double percentile(double p)
    {
        if (values.empty())
            return 0;
        std::sort(values.begin(), values.end());
        const size_t i = std::min(values.size() - 1, size_t(p / 100.0 * double(values.size())));
        return values[i];
    }
    double median() { return percentile(50); }
};
