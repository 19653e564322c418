#include "services/EnrichmentService.h"

#include "models/Database.h"
#include "models/EnrichmentStore.h"
#include "models/IndicatorNormalizer.h"
#include "models/KeyStore.h"
#include "models/MispExportStore.h"
#include "models/PulseStore.h"
#include "services/Logging.h"
#include "services/OtxClient.h"
#include "services/OtxIndicators.h"
#include "services/SecretStore.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QHash>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSet>
#include <QTimer>
#include <QtConcurrent>

#include <deque>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

/// One section of one indicator to fetch.
struct Fetch
{
    int item = 0; ///< index into the run's items
    QString section;
    int attempts = 0;
    qint64 notBeforeMs = 0; ///< a retry after a failure waits until then
};

/// An indicator being enriched: its sections, as they come back.
struct ItemState
{
    EnrichItem item;
    OtxIndicators::Endpoint endpoint;
    int outstanding = 0;   ///< sections queued or in flight, not answered yet
    QStringList later;     ///< sections asked once general has answered
    bool notFound = false; ///< general said 404: the other sections are not asked
    IndicatorResult result;
    QHash<QString, QJsonObject> parsed;
};

/// The job's event-driven core: it lives on the job thread and runs until every fetch is done,
/// the keys are spent, or the job is cancelled.
class EnrichRun
{
    Q_DECLARE_TR_FUNCTIONS(EnrichmentService)

public:
    EnrichRun(QPromise<EnrichOutcome> &promise,
              const EnrichOptions &options,
              KeyRing &ring,
              EnrichmentStore &store,
              EnrichOutcome &outcome)
        : m_promise(promise)
        , m_options(options)
        , m_ring(ring)
        , m_store(store)
        , m_outcome(outcome)
    {
        m_wake.setSingleShot(true);
        QObject::connect(&m_wake, &QTimer::timeout, &m_wake, [this] { pump(); });
        m_cancelCheck.setInterval(100);
        QObject::connect(&m_cancelCheck, &QTimer::timeout, &m_cancelCheck, [this] {
            if (m_promise.isCanceled()) {
                stop();
            }
        });
    }

    void add(const EnrichItem &item, const OtxIndicators::Endpoint &endpoint)
    {
        ItemState state;
        state.item = item;
        state.endpoint = endpoint;
        state.result.indicatorId = item.indicatorId;
        const int index = static_cast<int>(m_items.size());
        // General alone first: when OTX knows nothing (404) the other sections are not asked,
        // which spares most of the requests for values from MISP or pasted lists.
        QStringList first = endpoint.preferred;
        if (first.contains(u"general"_s)) {
            state.later = first;
            state.later.removeAll(u"general"_s);
            first = {u"general"_s};
        }
        state.outstanding = static_cast<int>(first.size());
        m_items.push_back(std::move(state));
        for (const QString &section : std::as_const(first)) {
            m_queue.push_back({index, section, 0, 0});
        }
    }

    int size() const { return static_cast<int>(m_items.size()); }

    void exec()
    {
        if (m_items.empty()) {
            return;
        }
        m_promise.setProgressRange(0, size());
        m_cancelCheck.start();
        pump();
        if (!finished()) {
            m_loop.exec();
        }
        m_cancelCheck.stop();
        flush();
    }

private:
    qint64 now() const
    {
        return m_options.clock ? m_options.clock() : QDateTime::currentMSecsSinceEpoch();
    }

    bool finished() const { return m_inFlight.isEmpty() && (m_queue.empty() || m_stopping); }

    void stop()
    {
        if (m_stopping) {
            return;
        }
        m_stopping = true;
        m_wake.stop();
        for (QNetworkReply *reply : m_inFlight.keys()) {
            reply->abort();
        }
        if (finished()) {
            m_loop.quit();
        }
    }

    /// Sends what may be sent now; arms the wake-up timer for what has to wait.
    void pump()
    {
        if (m_stopping) {
            if (finished()) {
                m_loop.quit();
            }
            return;
        }
        std::optional<qint64> wakeAt;
        while (!m_queue.empty() && m_inFlight.size() < m_options.maxInFlight) {
            // The first fetch that is not waiting out a retry delay.
            const qint64 t = now();
            auto it = std::find_if(m_queue.begin(), m_queue.end(), [&](const Fetch &f) {
                return f.notBeforeMs <= t;
            });
            if (it == m_queue.end()) {
                for (const Fetch &f : m_queue) {
                    wakeAt = std::min(wakeAt.value_or(f.notBeforeMs), f.notBeforeMs);
                }
                break;
            }
            ItemState &state = m_items[it->item];
            if (state.notFound) {
                // OTX knows nothing of it: the remaining sections are not asked.
                finishSection(it->item);
                m_queue.erase(it);
                continue;
            }
            const KeyChoice choice = m_ring.choose(t);
            if (choice.kind == KeyChoice::Kind::Exhausted) {
                m_outcome.stopReason = choice.reason;
                qCWarning(lcEnrich) << "Enrichment stops: no OTX key can send today.";
                m_stopping = true;
                break;
            }
            if (choice.kind == KeyChoice::Kind::Wait) {
                if (choice.untilMs > 0) {
                    wakeAt = std::min(wakeAt.value_or(choice.untilMs), choice.untilMs);
                }
                break; // else a reply will pump again
            }
            if (!m_ring.sent(choice.name, t)) {
                continue; // its budget went elsewhere: choose again
            }
            const Fetch fetch = *it;
            m_queue.erase(it);
            send(fetch, choice);
        }
        if (m_stopping && finished()) {
            m_loop.quit();
            return;
        }
        if (m_queue.empty() && m_inFlight.isEmpty()) {
            m_loop.quit();
            return;
        }
        if (wakeAt) {
            m_wake.start(static_cast<int>(std::clamp<qint64>(*wakeAt - now(), 0, 3600000)));
        }
    }

    /// Sends a request the ring has counted against `key`.
    void send(const Fetch &fetch, const KeyChoice &key)
    {
        const ItemState &state = m_items[fetch.item];
        QUrl url = m_options.otxBaseUrl;
        url.setPath(OtxIndicators::path(state.endpoint, state.item.value, fetch.section),
                    QUrl::StrictMode);
        QNetworkRequest request(url);
        request.setRawHeader("X-OTX-API-KEY", key.secret.toUtf8());
        request.setRawHeader("Accept", "application/json");
        request.setHeader(QNetworkRequest::UserAgentHeader, u"otxdesk/0.1"_s);
        request.setTransferTimeout(m_options.timeoutMs);
        ++m_outcome.requests;
        QNetworkReply *reply = m_network.get(request);
        m_inFlight.insert(reply, {fetch, key.name});
        QObject::connect(reply, &QNetworkReply::finished, reply, [this, reply] { onReply(reply); });
    }

    void onReply(QNetworkReply *reply)
    {
        const auto [fetch, keyName] = m_inFlight.take(reply);
        reply->deleteLater();
        const qint64 t = now();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QNetworkReply::NetworkError netError = reply->error();
        const bool transportFailed = netError != QNetworkReply::NoError && netError < 100;
        const QByteArray body = reply->readAll();
        for (const QString &notice : m_ring.takeNotices()) {
            m_outcome.notices.append(notice);
        }

        if (m_stopping && netError == QNetworkReply::OperationCanceledError) {
            m_ring.answered(keyName, KeyOutcome::NoAnswer, t);
            pump();
            return;
        }
        if (!transportFailed && (status == 429 || status == 403 || status == 401)) {
            const bool limited = status == 429;
            m_ring.answered(keyName,
                            limited ? KeyOutcome::Throttled : KeyOutcome::Refused,
                            t,
                            limited ? std::optional<int>(
                                    OtxClient::parseRetryAfter(reply->rawHeader("Retry-After")))
                                    : std::nullopt);
            m_outcome.notices.append(m_ring.takeNotices());
            // The same fetch goes again, with another key or after the rest.
            m_queue.push_front(fetch);
            pump();
            return;
        }
        if (transportFailed || status >= 500 || (status == 200 && !isJsonObject(body))) {
            m_ring.answered(keyName,
                            transportFailed ? KeyOutcome::NoAnswer : KeyOutcome::Answered,
                            t);
            QString why;
            if (netError == QNetworkReply::OperationCanceledError) {
                why = tr("OTX did not answer within %n second(s).",
                         nullptr,
                         m_options.timeoutMs / 1000);
            } else if (transportFailed) {
                why = tr("The connection to OTX failed: %1").arg(reply->errorString());
            } else if (status >= 500) {
                why = tr("OTX had a server error (HTTP %1).").arg(status);
            } else {
                why = tr("OTX sent a reply that is not JSON (it may have been cut off).");
            }
            retryOrFail(fetch, why, status, t);
            pump();
            return;
        }
        m_ring.answered(keyName, KeyOutcome::Answered, t);
        ItemState &state = m_items[fetch.item];
        SectionResult section;
        section.section = fetch.section;
        section.httpStatus = status;
        if (status == 200) {
            section.status = SectionStatus::Ok;
            section.body = body;
            state.parsed.insert(fetch.section, QJsonDocument::fromJson(body).object());
            if (fetch.section == u"general"_s) {
                // OTX knows the indicator: now the other sections, ahead of new indicators so
                // that started ones finish first.
                for (const QString &later : std::exchange(state.later, {})) {
                    m_queue.push_front({fetch.item, later, 0, 0});
                    ++state.outstanding;
                }
            }
        } else if (status == 404) {
            section.status = SectionStatus::NotFound;
            if (fetch.section == u"general"_s) {
                state.notFound = true;
            }
        } else {
            section.status = SectionStatus::Failed;
            section.error = tr("OTX answered with HTTP %1.").arg(status);
        }
        state.result.sections.append(section);
        finishSection(fetch.item);
        pump();
    }

    static bool isJsonObject(const QByteArray &body)
    {
        QJsonParseError error;
        return QJsonDocument::fromJson(body, &error).isObject()
               && error.error == QJsonParseError::NoError;
    }

    void retryOrFail(Fetch fetch, const QString &why, int status, qint64 t)
    {
        if (++fetch.attempts < m_options.maxAttempts) {
            fetch.notBeforeMs = t + (qint64(m_options.backoffBaseMs) << (fetch.attempts - 1));
            qCInfo(lcEnrich) << "An OTX request failed; it goes again later."
                             << "section:" << fetch.section << "reason:" << why;
            m_queue.push_back(fetch);
            return;
        }
        qCWarning(lcEnrich) << "An OTX request failed for good."
                            << "section:" << fetch.section << "reason:" << why;
        ItemState &state = m_items[fetch.item];
        SectionResult section;
        section.section = fetch.section;
        section.status = SectionStatus::Failed;
        section.httpStatus = status;
        section.error = why;
        state.result.sections.append(section);
        state.result.error = why;
        finishSection(fetch.item);
    }

    /// One section of the item is settled; when it was the last, the item is.
    void finishSection(int index)
    {
        ItemState &state = m_items[index];
        if (--state.outstanding > 0) {
            return;
        }
        IndicatorResult &r = state.result;
        bool anyFailed = false;
        bool generalOk = false;
        for (const SectionResult &s : r.sections) {
            anyFailed = anyFailed || s.status == SectionStatus::Failed;
            generalOk = generalOk || (s.section == u"general"_s && s.status == SectionStatus::Ok);
        }
        if (state.notFound) {
            r.status = EnrichStatus::NotFound;
            ++m_outcome.notFound;
        } else if (!anyFailed) {
            r.status = EnrichStatus::Enriched;
            ++m_outcome.enriched;
        } else {
            r.status = generalOk ? EnrichStatus::Partial : EnrichStatus::Failed;
            ++m_outcome.failed;
        }
        r.summary = OtxIndicators::summarise(state.parsed);
        state.parsed.clear();
        m_done.append(std::move(r));
        ++m_completed;
        m_promise.setProgressValueAndText(
                m_completed,
                tr("Enriched %1 of %2 indicators; %n request(s) left today.",
                   nullptr,
                   m_ring.remainingToday(now()))
                        .arg(m_completed)
                        .arg(size()));
        if (m_done.size() >= m_options.saveEvery) {
            flush();
        }
    }

    void flush()
    {
        if (m_done.isEmpty()) {
            return;
        }
        if (auto saved = m_store.saveResults(m_done, now()); !saved) {
            qCCritical(lcEnrich) << "Could not save enrichment results; the job stops."
                                 << "reason:" << saved.error().text();
            m_outcome.error = saved.error();
            stop();
        }
        m_done.clear();
    }

    QPromise<EnrichOutcome> &m_promise;
    const EnrichOptions &m_options;
    KeyRing &m_ring;
    EnrichmentStore &m_store;
    EnrichOutcome &m_outcome;

    QNetworkAccessManager m_network;
    QEventLoop m_loop;
    QTimer m_wake;
    QTimer m_cancelCheck;
    std::vector<ItemState> m_items;
    std::deque<Fetch> m_queue;
    QHash<QNetworkReply *, std::pair<Fetch, QString>> m_inFlight;
    QList<IndicatorResult> m_done;
    int m_completed = 0;
    bool m_stopping = false;
};

/// The indicators the request names, with their ids in the store.
Result<QList<EnrichItem>> itemsFor(const EnrichRequest &request,
                                   const EnrichOptions &options,
                                   const std::function<bool()> &isCancelled,
                                   EnrichmentStore &store,
                                   qint64 staleBeforeMs,
                                   qint64 nowMs,
                                   EnrichOutcome &outcome)
{
    switch (request.source) {
    case EnrichRequest::Source::Pulse:
        return store.itemsOfPulse(request.pulseId);
    case EnrichRequest::Source::Pending:
        return store.pendingItems(EnrichmentService::enrichableTypes(),
                                  staleBeforeMs,
                                  request.limit);
    case EnrichRequest::Source::Misp: {
        MispClientOptions mispOptions = options.misp;
        if (mispOptions.apiKey.isEmpty() && options.secrets) {
            auto key = options.secrets->read(SecretKeys::MispApiKey);
            if (!key) {
                return Error{EnrichmentService::tr("No MISP API key: save it under Settings, "
                                                   "MISP."),
                             key.error().text(),
                             u"enrich.no_misp_key"_s};
            }
            mispOptions.apiKey = key.value().trimmed();
        }
        MispClient client(mispOptions);
        client.setCancelCheck(isCancelled);
        auto pulled =
                MispAttributes::pull(client,
                                     store,
                                     request.misp,
                                     MispExportStore::serverKey(options.misp.baseUrl.toString()),
                                     nowMs,
                                     isCancelled);
        if (!pulled) {
            return pulled.error();
        }
        outcome.mispAttributes = pulled->attributes;
        outcome.mispSkipped = pulled->skipped;
        return pulled->items;
    }
    case EnrichRequest::Source::Values: {
        QList<EnrichItem> items;
        QSet<qint64> seen;
        for (const QString &line : request.values) {
            const QStringList parts =
                    line.trimmed().split(QRegularExpression(u"[\\s,;]+"_s), Qt::SkipEmptyParts);
            if (parts.isEmpty()) {
                continue;
            }
            // "value", or "<OTX type> value"; anything else is not an indicator.
            QString value = parts.last();
            QString type;
            if (parts.size() == 1) {
                type = OtxIndicators::guessType(value);
            } else if (parts.size() == 2) {
                type = OtxIndicators::canonicalType(parts.first());
            }
            if (type.isEmpty()) {
                ++outcome.unknownValues;
                continue;
            }
            value = IndicatorNormalizer::normalize(type, value);
            auto item = store.itemFor(type, value, nowMs);
            if (!item) {
                return item.error();
            }
            if (!seen.contains(item->indicatorId)) {
                seen.insert(item->indicatorId);
                items.append(item.value());
            }
        }
        return items;
    }
    }
    return QList<EnrichItem>{};
}

} // namespace

QFuture<EnrichOutcome> EnrichmentService::start(QThreadPool *pool,
                                                const EnrichRequest &request,
                                                const EnrichOptions &options)
{
    return QtConcurrent::run(pool, [request, options](QPromise<EnrichOutcome> &promise) {
        run(promise, request, options);
    });
}

void EnrichmentService::run(QPromise<EnrichOutcome> &promise,
                            const EnrichRequest &request,
                            const EnrichOptions &options)
{
    QElapsedTimer timer;
    timer.start();
    EnrichOutcome outcome;
    auto finish = [&](const QString &status) {
        outcome.status = status;
        outcome.durationMs = timer.elapsed();
        promise.addResult(outcome);
    };
    auto failWith = [&](const Error &error) {
        outcome.error = error;
        qCWarning(lcEnrich) << "Enrichment failed."
                            << "reason:" << error.text();
        finish(SyncStatus::Failed);
    };
    promise.setProgressRange(0, 0);
    promise.setProgressValueAndText(0, tr("Preparing the enrichment…"));

    ScopedConnection connection(options.database,
                                Database::uniqueConnectionName(u"enrich"_s),
                                true);
    if (!connection.ok()) {
        failWith(connection.error());
        return;
    }
    const qint64 now = options.clock ? options.clock() : QDateTime::currentMSecsSinceEpoch();
    KeyStore keyStore(connection.db());
    std::optional<KeyRing> ring;
    if (!options.keys.isEmpty()) {
        ring = KeyRing::fromSecrets(options.keys, options.ring);
    } else if (!options.secrets) {
        failWith(Error{tr("No keychain to read the OTX keys from."), {}, u"enrich.no_keys"_s});
        return;
    } else {
        auto loaded = KeyRing::load(keyStore, *options.secrets, options.ring);
        if (!loaded) {
            failWith(loaded.error());
            return;
        }
        ring = std::move(loaded.value());
        if (ring->keys().isEmpty()) {
            // The single key saved under Settings, until it joins the key ring.
            // TODO(keys): its requests are not counted and it has no per-key limits.
            if (auto legacy = options.secrets->read(SecretKeys::OtxApiKey);
                legacy && !legacy.value().trimmed().isEmpty()) {
                ring = KeyRing::fromSecrets({legacy.value()}, options.ring, u"settings"_s);
            }
        }
    }

    EnrichmentStore store(connection.db());
    const qint64 staleBefore = now - options.freshnessMs;
    auto items = itemsFor(
            request,
            options,
            [&promise] { return promise.isCanceled(); },
            store,
            staleBefore,
            now,
            outcome);
    if (!items && promise.isCanceled()) {
        finish(SyncStatus::Cancelled); // cancelled while MISP was being searched
        return;
    }
    if (!items) {
        failWith(items.error());
        return;
    }
    outcome.considered = static_cast<int>(items->size()) + outcome.unknownValues;

    EnrichRun engine(promise, options, *ring, store, outcome);
    int taken = 0;
    for (const EnrichItem &item : std::as_const(items.value())) {
        auto endpoint = OtxIndicators::endpointFor(item.type, item.value);
        if (!endpoint) {
            ++outcome.notEnrichable;
            continue;
        }
        if (const auto chosen = options.sections.constFind(endpoint->slug);
            chosen != options.sections.cend()) {
            QStringList sections;
            for (const QString &section : *chosen) {
                if (endpoint->sections.contains(section) && !sections.contains(section)) {
                    sections.append(section);
                }
            }
            if (!sections.isEmpty()) {
                endpoint->preferred = sections;
            }
        }
        if (item.isFresh(staleBefore) && !request.force) {
            ++outcome.fresh;
            continue;
        }
        if (request.limit >= 0 && taken >= request.limit) {
            break;
        }
        ++taken;
        engine.add(item, *endpoint);
    }
    qCInfo(lcEnrich) << "Enrichment starts."
                     << "indicators:" << engine.size() << "fresh:" << outcome.fresh
                     << "not enrichable:" << outcome.notEnrichable
                     << "keys:" << ring->keys().size();
    engine.exec();
    outcome.notices.removeDuplicates();
    if (!outcome.error.message.isEmpty()) {
        finish(SyncStatus::Failed);
        return;
    }
    if (promise.isCanceled()) {
        finish(SyncStatus::Cancelled);
        return;
    }
    finish(outcome.stopReason.isEmpty() ? SyncStatus::Completed : u"stopped"_s);
    qCInfo(lcEnrich) << "Enrichment done."
                     << "enriched:" << outcome.enriched << "not found:" << outcome.notFound
                     << "failed:" << outcome.failed << "requests:" << outcome.requests;
}

QStringList EnrichmentService::enrichableTypes()
{
    return {u"IPv4"_s,
            u"IPv6"_s,
            u"domain"_s,
            u"hostname"_s,
            u"URL"_s,
            u"FileHash-MD5"_s,
            u"FileHash-SHA1"_s,
            u"FileHash-SHA256"_s,
            u"CVE"_s};
}

QString EnrichmentService::summary(const EnrichOutcome &outcome)
{
    if (!outcome.error.message.isEmpty()) {
        return tr("Enrichment failed: %1").arg(outcome.error.text());
    }
    QString text = tr("Enrichment: %1 enriched, %2 unknown to OTX, %3 failed, %4 fresh (not "
                      "fetched), %5 of types OTX cannot enrich; %n request(s).",
                      nullptr,
                      outcome.requests)
                           .arg(outcome.enriched)
                           .arg(outcome.notFound)
                           .arg(outcome.failed)
                           .arg(outcome.fresh)
                           .arg(outcome.notEnrichable);
    if (outcome.mispAttributes > 0) {
        text += u' '
                + tr("From MISP: %n attribute(s), %1 of types OTX has no indicator for.",
                     nullptr,
                     outcome.mispAttributes)
                          .arg(outcome.mispSkipped);
    }
    if (outcome.unknownValues > 0) {
        text += u' '
                + tr("%n value(s) of no known type were left out.", nullptr, outcome.unknownValues);
    }
    if (!outcome.stopReason.isEmpty()) {
        text += u' ' + outcome.stopReason;
    }
    return text;
}
