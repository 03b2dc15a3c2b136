// One WebAPI request as a cancellable job; it deletes itself after emitting finished().
#pragma once

#include "ApiError.h"

#include <QObject>
#include <QPointer>
#include <functional>
#include <memory>

class QNetworkReply;

namespace LicenseDesk {

class ApiJob : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiJob)

public:
    ~ApiJob() override;

    /// Aborts the request; finished() follows with ErrorCategory::Cancelled. Safe to call twice.
    void cancel();
    bool isFinished() const { return m_finished; }
    const ApiError &error() const { return m_error; }
    /// Whether the request left this machine (false for jobs refused locally): activation uses it
    /// to know whether the server may have acted on a request whose answer was lost.
    bool wasSent() const { return m_sent; }

signals:
    /// Emitted exactly once, on success, error or cancel. The job is deleted later.
    void finished();
    void downloadProgress(qint64 received, qint64 total);

protected:
    explicit ApiJob(QObject *parent);

    /// What parsing a 2xx body gave: a BadResponse/BusinessRefusal error or a null one, and a step
    /// that stores the typed value in the job (run on the job's thread, and only while it lives).
    struct ParsedBody {
        ApiError error;
        std::function<void()> store;
    };
    /// Returns the parse of body as a self-contained task that reads no job state, so it may run on
    /// a worker thread (large bodies do, so the window keeps painting while an installation is read).
    virtual std::function<ParsedBody()> bodyParser(const QByteArray &body) = 0;

private:
    friend class LicenseClient;
    void start(QNetworkReply *reply, const struct ConnectionSettings &settings);
    void failBeforeSending(ApiError error);
    void finish(ApiError error);
    void finishLater(ApiError error);
    void abortWith(ApiError error);
    void releaseReply();
    void readAvailable();
    void checkDeclaredLength();
    void onReplyFinished();
    void parseInBackground(std::function<ParsedBody()> parse);
    void completeParse(ParsedBody parsed);

    QPointer<QNetworkReply> m_reply;
    ApiError m_error;
    bool m_finished = false;
    bool m_sent = false;
    struct Private;
    std::unique_ptr<Private> d;
};

/// A job whose successful answer is a T.
template <typename T> class ResultJob final : public ApiJob {
public:
    using Parser = std::function<ApiError(const QByteArray &, std::optional<T> &)>;
    ResultJob(Parser parser, QObject *parent)
        : ApiJob(parent)
        , m_parser(std::move(parser)) {}

    /// The value and/or the error; valid once finished() was emitted.
    ApiResult<T> result() const { return ApiResult<T>{m_value, error()}; }

protected:
    std::function<ParsedBody()> bodyParser(const QByteArray &body) override {
        // Captures copies only: `this` is used solely inside store, which runs on the job's thread.
        return [this, parser = m_parser, body] {
            auto value = std::make_shared<std::optional<T>>();
            ParsedBody parsed;
            parsed.error = parser(body, *value);
            parsed.store = [this, value] { m_value = std::move(*value); };
            return parsed;
        };
    }

private:
    Parser m_parser;
    std::optional<T> m_value;
};

} // namespace LicenseDesk
