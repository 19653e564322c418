// Enrichment benchmark: the key ring's pacing against limits the fake OTX enforces.

#include "tests/bench/EnrichBench.h"

#include "models/Database.h"
#include "models/KeyStore.h"
#include "services/EnrichmentService.h"
#include "services/KeyRing.h"
#include "services/SecretStore.h"
#include "tests/bench/FakeThread.h"
#include "tests/support/FakeOtxServer.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QThreadPool>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

// Placeholders in the shape of OTX keys, not real keys.
QString benchKey(int i)
{
    return QString(63, u'0') + QString::number(i + 1, 16);
}

/// Value `i` of a deterministic mix: addresses, domains and SHA-256 hashes.
QString value(int i)
{
    switch (i % 3) {
    case 0:
        return u"10.%1.%2.%3"_s.arg((i >> 16) & 255).arg((i >> 8) & 255).arg(i & 255);
    case 1:
        return u"site%1.example"_s.arg(i);
    default:
        return QString::number(quint64(i) * 0x9e3779b97f4a7c15ULL, 16)
                .rightJustified(16, u'0')
                .repeated(4);
    }
}

EnrichOutcome enrichOnce(QThreadPool &pool,
                         const EnrichRequest &request,
                         const EnrichOptions &options)
{
    QFutureWatcher<EnrichOutcome> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(EnrichmentService::start(&pool, request, options));
    if (!watcher.isFinished()) {
        loop.exec();
    }
    return watcher.future().resultCount() > 0 ? watcher.future().result() : EnrichOutcome{};
}

} // namespace

namespace EnrichBench {

bool run(const QString &workDir, const EnrichBenchSizes &sizes)
{
    if (sizes.indicators <= 0 || sizes.keys <= 0) {
        return true;
    }
    FakeThread<FakeOtxServer> otx;
    QStringList keys;
    for (int i = 0; i < sizes.keys; ++i) {
        keys.append(benchKey(i));
    }
    const QUrl url = otx.call([&](FakeOtxServer &s) {
        s.setApiKeys(keys);
        for (int i = 0; i < sizes.keys; ++i) {
            s.setKeyLimits(i, sizes.perMinute, 0, FakeOtxServer::RetryAfterMode::WithRetryAfter);
        }
        s.setLatencyMs(20); // a little like a real round trip
        return s.listen() != 0 ? s.baseUrl() : QUrl();
    });
    if (url.isEmpty()) {
        std::printf("enrich: the fake OTX could not listen on 127.0.0.1\n");
        return false;
    }

    DatabaseConfig database;
    database.sqlitePath = QDir(workDir).filePath(u"enrich-bench.sqlite"_s);
    auto secrets = std::make_shared<MemorySecretStore>();
    {
        ScopedConnection c(database, u"enrich-bench"_s, true);
        if (!c.ok()) {
            std::printf("enrich: %s\n", qPrintable(c.error().text()));
            return false;
        }
        KeyStore store(c.db());
        for (int i = 0; i < sizes.keys; ++i) {
            const QString name = u"key-%1"_s.arg(i + 1);
            if (!store.add(name, 1000000, sizes.perMinute, 0)
                || !secrets->write(SecretKeys::otxKey(name), keys[i])) {
                std::printf("enrich: could not set up the keys\n");
                return false;
            }
        }
    }

    EnrichRequest request;
    request.source = EnrichRequest::Source::Values;
    for (int i = 0; i < sizes.indicators; ++i) {
        request.values.append(value(i));
    }
    EnrichOptions options;
    options.database = database;
    options.otxBaseUrl = url;
    options.secrets = secrets;
    options.maxInFlight = 8;
    for (const QString &slug : {u"IPv4"_s, u"domain"_s, u"file"_s}) {
        options.sections.insert(slug, {u"general"_s});
    }
    QThreadPool pool;

    std::printf("enrich: %d indicators, %d keys at %d requests/min each (enforced by the fake)\n",
                sizes.indicators,
                sizes.keys,
                sizes.perMinute);
    QElapsedTimer timer;
    timer.start();
    const EnrichOutcome first = enrichOnce(pool, request, options);
    const double seconds = timer.nsecsElapsed() / 1e9;
    bool ok = first.status == u"completed"_s && first.enriched == sizes.indicators;
    std::printf("enrich run 1: %d enriched, %d requests in %.1f s (%s)\n",
                first.enriched,
                first.requests,
                seconds,
                qPrintable(first.status));

    // Per key, from the fake's ledger: the rate over the span the key was busy.
    const auto requests = otx.call([](FakeOtxServer &s) { return s.requests(); });
    for (int i = 0; i < sizes.keys; ++i) {
        const auto ledger = otx.call([i](FakeOtxServer &s) { return s.ledger(i); });
        qint64 firstMs = -1;
        qint64 lastMs = -1;
        for (const auto &r : requests) {
            if (r.keyIndex == i) {
                firstMs = firstMs < 0 ? r.atMs : firstMs;
                lastMs = r.atMs;
            }
        }
        // n requests span n-1 intervals.
        const double minutes = (lastMs - firstMs) / 60000.0;
        const double rate = minutes > 0 ? (ledger.accepted - 1) / minutes : 0;
        std::printf("    key-%d: %d requests, %.1f requests/min (%.1f%% of %d), most in any "
                    "minute %d, throttled %d\n",
                    i + 1,
                    ledger.accepted,
                    rate,
                    100.0 * rate / sizes.perMinute,
                    sizes.perMinute,
                    ledger.maxInAnyMinute,
                    ledger.throttled);
        ok = ok && ledger.throttled == 0 && ledger.maxInAnyMinute <= sizes.perMinute;
    }

    timer.restart();
    const EnrichOutcome second = enrichOnce(pool, request, options);
    const int saved = second.fresh;
    std::printf("enrich run 2: %d requests, %d of %d indicators fresh: %.1f%% of the requests "
                "saved, in %.1f s\n",
                second.requests,
                saved,
                sizes.indicators,
                100.0 * saved / sizes.indicators,
                timer.nsecsElapsed() / 1e9);
    return ok && second.requests == 0 && saved == sizes.indicators;
}

} // namespace EnrichBench
