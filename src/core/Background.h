// Runs a self-contained computation on the global thread pool and hands its result back to an
// object's thread, so the GUI thread only ever receives finished values.
#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QPromise>
#include <QThreadPool>

#include <memory>
#include <type_traits>

namespace LicenseDesk {

/// Calls work() on a pool thread, then deliver(result) on context's thread. work must not touch
/// context or anything the caller may change meanwhile (pass copies). When context is destroyed
/// first, the result is dropped unseen.
template <typename Work, typename Deliver>
void runInBackground(QObject *context, Work work, Deliver deliver) {
    using Result = std::invoke_result_t<Work &>;
    // The watcher is context's child: it goes with context, and the delivery with it.
    auto *watcher = new QFutureWatcher<Result>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context,
                     [watcher, deliver = std::move(deliver)]() mutable {
                         watcher->deleteLater();
                         deliver(watcher->result());
                     });
    auto promise = std::make_shared<QPromise<Result>>();
    watcher->setFuture(promise->future());
    promise->start();
    QThreadPool::globalInstance()->start([promise, work = std::move(work)]() mutable {
        promise->addResult(work());
        promise->finish();
    });
}

} // namespace LicenseDesk
