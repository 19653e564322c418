#pragma once

#include "models/DatabaseConfig.h"
#include "models/Result.h"
#include "services/KeyRing.h"
#include "services/MispAttributes.h"
#include "services/MispClient.h"

#include <QCoreApplication>
#include <QFuture>
#include <QHash>
#include <QPromise>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <memory>

class QThreadPool;
class SecretStore;

/// What to enrich.
struct EnrichRequest
{
    enum class Source
    {
        Pulse,   ///< the indicators of `pulseId`
        Pending, ///< indicators of all pulses and MISP attributes not enriched, or stale
        Values,  ///< pasted values (`values`), each "value" or "<OTX type> value"
        Misp,    ///< MISP attributes found by `misp`, High-threat events first
    };

    Source source = Source::Pending;
    QString pulseId;
    QStringList values;
    MispAttributeQuery misp;
    int limit = -1;     ///< at most this many indicators; -1 for all
    bool force = false; ///< fetch even what is fresh
};

struct EnrichOptions
{
    DatabaseConfig database;
    QUrl otxBaseUrl = QUrl(QStringLiteral("https://otx.alienvault.com"));
    /// The keychain holding the key ring's secrets; unused when `keys` is set.
    std::shared_ptr<SecretStore> secrets;
    /// Keys for this run only (OTXDESK_OTX_KEY): they replace the key ring's.
    QStringList keys;
    KeyRingOptions ring;
    MispClientOptions misp;                      ///< for the MISP source
    qint64 freshnessMs = 7LL * 24 * 3600 * 1000; ///< enriched within this is not fetched
    /// Sections to fetch per endpoint slug (IPv4, domain, file, ...), instead of the default
    /// (OtxIndicators::Endpoint::preferred); sections the slug does not have are ignored.
    QHash<QString, QStringList> sections;
    int maxInFlight = 8; ///< requests waiting for an answer at once
    int timeoutMs = 30000;
    int maxAttempts = 3; ///< per section, on network failures and 5xx
    int backoffBaseMs = 1000;
    int saveEvery = 50; ///< indicators per write transaction
    /// Milliseconds since the epoch; the wall clock when empty (tests step their own).
    std::function<qint64()> clock;
};

/// How an enrichment job ended.
struct EnrichOutcome
{
    QString status;         ///< SyncStatus values: completed, failed; or "stopped" (keys spent)
    int considered = 0;     ///< indicators the source named
    int enriched = 0;       ///< OTX answered every section
    int notFound = 0;       ///< OTX knows nothing of them (404)
    int failed = 0;         ///< some or all sections failed
    int fresh = 0;          ///< enriched within the freshness window: not fetched
    int notEnrichable = 0;  ///< types OTX cannot enrich: never sent
    int unknownValues = 0;  ///< pasted values of no recognisable type
    int mispAttributes = 0; ///< attributes MISP returned (MISP source)
    int mispSkipped = 0;    ///< of those, of MISP types that are no OTX indicator
    int requests = 0;       ///< HTTP requests sent
    QStringList notices;    ///< keys refused or limited, for the analyst
    QString stopReason;     ///< why the job stopped early (no key left)
    Error error;            ///< set when the whole job failed
    qint64 durationMs = 0;
};

/// Bulk enrichment of indicators with OTX's indicator sections, on a thread pool. Requests go
/// out through the key ring (per-key rate and daily limits, rotation on 429 and 403), at most
/// `maxInFlight` at once, paced by timers, never by sleeps. Results are written per batch of
/// indicators, so a cancelled or killed job keeps what it finished and the next run picks up
/// the rest.
class EnrichmentService
{
    Q_DECLARE_TR_FUNCTIONS(EnrichmentService)

public:
    /// Progress: range 0..indicators to fetch, text saying how far and how many requests are
    /// left today. Cancel through the future: what finished is kept in the store; a cancelled
    /// future carries no result.
    static QFuture<EnrichOutcome> start(QThreadPool *pool,
                                        const EnrichRequest &request,
                                        const EnrichOptions &options);
    static void run(QPromise<EnrichOutcome> &promise,
                    const EnrichRequest &request,
                    const EnrichOptions &options);

    /// Every OTX type the service can enrich.
    static QStringList enrichableTypes();

    /// One line for the status bar and the command line.
    static QString summary(const EnrichOutcome &outcome);
};
