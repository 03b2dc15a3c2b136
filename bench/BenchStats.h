// Small statistics helpers shared by the benchmark programs (median of repeated runs).
#pragma once

#include <QElapsedTimer>
#include <QList>
#include <algorithm>

namespace LicenseDesk::Bench {

/// The median of values (the mean of the two middle ones for an even count); 0 for none.
inline double median(QList<double> values) {
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

/// Milliseconds per call of work(), averaged over repeats calls so a sample rises above timer noise.
template <typename Fn> double sampleMs(int repeats, Fn work) {
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < repeats; ++i)
        work();
    return double(timer.nsecsElapsed()) / 1e6 / repeats;
}

} // namespace LicenseDesk::Bench
