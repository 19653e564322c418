#include "services/PulseSyncService.h"

#include "models/Database.h"
#include "models/Timestamps.h"
#include "services/Logging.h"
#include "services/OtxParser.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QLocale>
#include <QThreadPool>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace {

QString kindName(SyncRequest::Mode mode, bool incremental)
{
    switch (mode) {
    case SyncRequest::Mode::Subscribed:
        return incremental ? u"incremental"_s : u"full"_s;
    case SyncRequest::Mode::Search:
        return u"search"_s;
    case SyncRequest::Mode::Pulse:
        return u"pulse"_s;
    }
    return u"full"_s;
}

/// The state of one running sync: the client, the store, the run, the totals.
class SyncJob
{
    Q_DECLARE_TR_FUNCTIONS(PulseSyncService)

public:
    SyncJob(QPromise<SyncOutcome> &promise, const SyncOptions &options, PulseStore &store)
        : m_promise(promise)
        , m_options(options)
        , m_store(store)
        , m_client(options.otx)
    {
        m_client.setCancelCheck([this] { return m_promise.isCanceled(); });
    }

    Result<void> subscribed(std::optional<qint64> modifiedSince);
    Result<void> search(const QString &query);
    Result<void> singlePulse(const QString &pulseId);

    qint64 runId = 0;
    SyncCounts totals;

private:
    Result<QList<Pulse>> parsePage(const QJsonArray &results);
    Result<void> complete(Pulse &pulse);
    Result<void> write(const QList<Pulse> &pulses);
    void progress(int expected);
    Error cancelled() const
    {
        return Error{tr("Cancelled; the pages already stored are kept."), {}, OtxError::Cancelled};
    }

    QPromise<SyncOutcome> &m_promise;
    const SyncOptions &m_options;
    PulseStore &m_store;
    OtxClient m_client;
};

void SyncJob::progress(int expected)
{
    if (expected > 0) {
        m_promise.setProgressRange(0, std::max(expected, totals.pulsesFetched));
    }
    m_promise.setProgressValueAndText(
            totals.pulsesFetched,
            tr("Page %1: %n pulse(s) stored so far", nullptr, totals.pulsesFetched)
                    .arg(totals.pages));
}

Result<QList<Pulse>> SyncJob::parsePage(const QJsonArray &results)
{
    QList<Pulse> pulses;
    pulses.reserve(results.size());
    for (const QJsonValue &value : results) {
        auto parsed = OtxParser::parsePulse(value.toObject());
        if (!parsed) {
            // One odd pulse must not cost the page: skip it, say so.
            qCWarning(lcSync) << "Pulse skipped."
                              << "reason:" << parsed.error().message
                              << "name:" << parsed.error().detail;
            continue;
        }
        pulses.append(std::move(parsed).value());
    }
    for (Pulse &pulse : pulses) {
        if (auto r = complete(pulse); !r) {
            return r.error();
        }
    }
    return pulses;
}

Result<void> SyncJob::complete(Pulse &pulse)
{
    if (!OtxParser::needsIndicatorCompletion(pulse)) {
        return {};
    }
    qCDebug(lcSync) << "Completing a pulse's indicators."
                    << "pulse:" << pulse.otxId << "embedded:" << pulse.indicators.size();
    QUrlQuery query;
    query.addQueryItem(u"limit"_s, QString::number(m_options.indicatorPageSize));
    query.addQueryItem(u"page"_s, u"1"_s);
    auto page = m_client.get(u"/api/v1/pulses/%1/indicators"_s.arg(pulse.otxId), query);
    QList<PulseIndicator> all;
    while (true) {
        if (!page) {
            return page.error();
        }
        const QJsonArray results = page->value(u"results"_s).toArray();
        all.append(OtxParser::parseIndicators(results));
        const QString next = page->value(u"next"_s).toString();
        if (next.isEmpty() || results.isEmpty()) {
            break;
        }
        if (m_promise.isCanceled()) {
            return cancelled();
        }
        page = m_client.getNext(next);
    }
    pulse.indicators = std::move(all);
    return {};
}

Result<void> SyncJob::write(const QList<Pulse> &pulses)
{
    auto written = m_store.writePage(pulses, runId);
    if (!written) {
        return written.error();
    }
    totals += written.value();
    qCDebug(lcSync) << "Page stored."
                    << "page:" << totals.pages << "pulses:" << pulses.size()
                    << "new indicators:" << written->indicatorsNew;
    return {};
}

Result<void> SyncJob::subscribed(std::optional<qint64> modifiedSince)
{
    QString query = u"limit=%1&page=1"_s.arg(m_options.pageSize);
    if (modifiedSince) {
        query += u"&modified_since="_s
                 + QString::fromLatin1(
                         QUrl::toPercentEncoding(Timestamps::toIsoUtc(*modifiedSince)));
    }
    auto page = m_client.get(u"/api/v1/pulses/subscribed"_s, QUrlQuery(query));
    while (true) {
        if (!page) {
            return page.error();
        }
        const QJsonValue resultsValue = page->value(u"results"_s);
        if (!resultsValue.isArray()) {
            return Error{tr("OTX sent a page without a list of pulses."),
                         u"no \"results\" array"_s,
                         OtxError::Malformed};
        }
        const QJsonArray results = resultsValue.toArray();
        if (results.isEmpty()) {
            break;
        }
        auto pulses = parsePage(results);
        if (!pulses) {
            return pulses.error();
        }
        if (auto r = write(pulses.value()); !r) {
            return r;
        }
        progress(page->value(u"count"_s).toInt());
        const QString next = page->value(u"next"_s).toString();
        if (next.isEmpty()) {
            break;
        }
        if (m_promise.isCanceled()) {
            return cancelled();
        }
        page = m_client.getNext(next);
    }
    return {};
}

Result<void> SyncJob::search(const QString &query)
{
    QUrlQuery params;
    params.addQueryItem(u"q"_s, query);
    params.addQueryItem(u"limit"_s, QString::number(m_options.pageSize));
    params.addQueryItem(u"page"_s, u"1"_s);
    auto page = m_client.get(u"/api/v1/search/pulses"_s, params);
    while (true) {
        if (!page) {
            return page.error();
        }
        const QJsonArray summaries = page->value(u"results"_s).toArray();
        if (summaries.isEmpty()) {
            break;
        }
        // Search gives summaries without indicators: fetch each pulse's details.
        QJsonArray details;
        for (const QJsonValue &summary : summaries) {
            if (m_promise.isCanceled()) {
                return cancelled();
            }
            QString id = summary.toObject().value(u"id"_s).toString();
            if (id.isEmpty()) {
                continue;
            }
            auto detail = m_client.get(u"/api/v1/pulses/%1"_s.arg(id));
            if (!detail) {
                return detail.error();
            }
            details.append(detail.value());
        }
        auto pulses = parsePage(details);
        if (!pulses) {
            return pulses.error();
        }
        if (auto r = write(pulses.value()); !r) {
            return r;
        }
        progress(page->value(u"count"_s).toInt());
        const QString next = page->value(u"next"_s).toString();
        if (next.isEmpty()) {
            break;
        }
        if (m_promise.isCanceled()) {
            return cancelled();
        }
        page = m_client.getNext(next);
    }
    return {};
}

Result<void> SyncJob::singlePulse(const QString &pulseId)
{
    auto detail = m_client.get(u"/api/v1/pulses/%1"_s.arg(pulseId));
    if (!detail) {
        return detail.error();
    }
    auto pulses = parsePage(QJsonArray{detail.value()});
    if (!pulses) {
        return pulses.error();
    }
    if (pulses->isEmpty()) {
        return Error{tr("OTX sent pulse %1 without an id.").arg(pulseId), {}, OtxError::Malformed};
    }
    if (auto r = write(pulses.value()); !r) {
        return r;
    }
    progress(1);
    return {};
}

} // namespace

QFuture<SyncOutcome> PulseSyncService::start(QThreadPool *pool,
                                             const SyncRequest &request,
                                             const SyncOptions &options)
{
    return QtConcurrent::run(pool, [request, options](QPromise<SyncOutcome> &promise) {
        run(promise, request, options);
    });
}

void PulseSyncService::run(QPromise<SyncOutcome> &promise,
                           const SyncRequest &request,
                           const SyncOptions &options)
{
    QElapsedTimer timer;
    timer.start();
    promise.start();
    SyncOutcome outcome;
    auto finish = [&](SyncOutcome out) {
        out.durationMs = timer.elapsed();
        promise.addResult(std::move(out));
        promise.finish();
    };

    if (request.mode == SyncRequest::Mode::Pulse && request.pulseId.trimmed().isEmpty()) {
        outcome.status = SyncStatus::Failed;
        outcome.error = Error{tr("Enter the id of the pulse to fetch."), {}, {}};
        finish(outcome);
        return;
    }

    ScopedConnection connection(options.database, u"sync"_s, true);
    if (!connection.ok()) {
        outcome.status = SyncStatus::Failed;
        outcome.error = connection.error();
        qCCritical(lcSync) << "Sync not started: no database." << connection.error().detail;
        finish(outcome);
        return;
    }
    {
        PulseStore store(connection.db());
        std::optional<qint64> modifiedSince;
        bool incremental = false;
        if (request.mode == SyncRequest::Mode::Subscribed) {
            auto cursor = store.incrementalCursor();
            if (!cursor) {
                outcome.status = SyncStatus::Failed;
                outcome.error = cursor.error();
                finish(outcome);
                return;
            }
            if (cursor.value()) {
                incremental = true;
                modifiedSince = cursor.value();
            } else if (options.firstSyncLookbackMs) {
                modifiedSince = QDateTime::currentMSecsSinceEpoch() - *options.firstSyncLookbackMs;
            }
        }
        outcome.kind = kindName(request.mode, incremental);
        outcome.modifiedSinceMs = modifiedSince;
        const QString query = request.mode == SyncRequest::Mode::Search  ? request.query
                              : request.mode == SyncRequest::Mode::Pulse ? request.pulseId
                                                                         : QString();
        auto runId = store.startRun(outcome.kind, query, options.keyName, modifiedSince);
        if (!runId) {
            outcome.status = SyncStatus::Failed;
            outcome.error = runId.error();
            finish(outcome);
            return;
        }
        outcome.runId = runId.value();
        qCInfo(lcSync) << "Sync started."
                       << "kind:" << outcome.kind << "run:" << outcome.runId
                       << "key:" << options.keyName;

        SyncJob job(promise, options, store);
        job.runId = outcome.runId;
        Result<void> result;
        switch (request.mode) {
        case SyncRequest::Mode::Subscribed:
            result = job.subscribed(modifiedSince);
            break;
        case SyncRequest::Mode::Search:
            result = job.search(request.query);
            break;
        case SyncRequest::Mode::Pulse:
            result = job.singlePulse(request.pulseId.trimmed());
            break;
        }
        outcome.counts = job.totals;
        if (result) {
            outcome.status = SyncStatus::Completed;
        } else if (result.error().code == OtxError::Cancelled || promise.isCanceled()) {
            outcome.status = SyncStatus::Cancelled;
            outcome.error = result.error();
        } else {
            outcome.status = SyncStatus::Failed;
            outcome.error = result.error();
        }
        const QString errorText =
                outcome.status == SyncStatus::Completed ? QString() : outcome.error.text();
        if (auto r = store.finishRun(outcome.runId, outcome.status, errorText); !r) {
            outcome.status = SyncStatus::Failed;
            outcome.error = r.error();
        }
        qCInfo(lcSync) << "Sync ended."
                       << "run:" << outcome.runId << "status:" << outcome.status
                       << "pages:" << outcome.counts.pages
                       << "pulses:" << outcome.counts.pulsesFetched
                       << "new indicators:" << outcome.counts.indicatorsNew
                       << "ms:" << timer.elapsed();
    }
    finish(outcome);
}

QString PulseSyncService::summary(const SyncOutcome &outcome)
{
    const QLocale locale;
    const SyncCounts &c = outcome.counts;
    const QString counts = tr("%n pulse(s) fetched (%1 new, %2 updated, %3 unchanged), "
                              "%4 new indicators, %5 linked, %6 unlinked",
                              nullptr,
                              c.pulsesFetched)
                                   .arg(locale.toString(c.pulsesNew),
                                        locale.toString(c.pulsesUpdated),
                                        locale.toString(c.pulsesUnchanged),
                                        locale.toString(c.indicatorsNew),
                                        locale.toString(c.indicatorsLinked),
                                        locale.toString(c.indicatorsUnlinked));
    const QString seconds = locale.toString(outcome.durationMs / 1000.0, 'f', 1);
    if (outcome.status == SyncStatus::Completed) {
        return tr("Sync completed in %1 s: %2.").arg(seconds, counts);
    }
    if (outcome.status == SyncStatus::Cancelled) {
        return tr("Sync cancelled after %1 s: %2. The stored pages are kept.").arg(seconds, counts);
    }
    return tr("Sync failed: %1 Stored before the failure: %2.").arg(outcome.error.text(), counts);
}
