// Test helper: runs a LicenseClient job to completion and captures what it reported.
#pragma once

#include "ApiJob.h"

#include <QPointer>
#include <QTest>

namespace LicenseDesk::Testing {

/// What a finished job reported, captured inside its finished() slot (the job deletes itself later).
template <typename T> struct JobOutcome {
    std::optional<ApiResult<T>> result;
    bool sent = false;
    int finishedCount = 0;
    bool deleted = false;

    const ApiError &error() const { return result->error; }
    ErrorCategory category() const { return result ? result->error.category : ErrorCategory::None; }
};

/// Connects to job before the event loop runs, waits for finished(), then for the job's deletion.
template <typename T> JobOutcome<T> waitFor(ResultJob<T> *job, int timeoutMs = 10000) {
    JobOutcome<T> outcome;
    QPointer<ApiJob> guard(job);
    QObject::connect(job, &ApiJob::finished, job, [&outcome, job] {
        ++outcome.finishedCount;
        outcome.result = job->result();
        outcome.sent = job->wasSent();
    });
    if (!QTest::qWaitFor([&] { return outcome.finishedCount > 0; }, timeoutMs))
        return outcome;
    outcome.deleted = QTest::qWaitFor([&] { return guard.isNull(); }, timeoutMs);
    return outcome;
}

} // namespace LicenseDesk::Testing
