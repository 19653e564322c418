#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

#include <utility>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponder;

/// An in-process fake of the OTX DirectConnect API v1 (see shared/notes/otx-api.md), listening
/// on 127.0.0.1 only. It serves a pulse corpus the way the real service does:
///
/// - `GET /api/v1/pulses/subscribed?limit=5&page=1&modified_since=…&author_name=…`:
///   newest `modified` first; `modified_since` is ISO 8601 with or without a fraction, with
///   `Z`, an offset, or none (naive = UTC), and keeps pulses modified strictly later. A `+`
///   in the raw query is a space, as Django reads it, and a space before the offset is taken
///   as `+` (the real service accepted that, see the 2018 export capture). Envelope
///   `{count, next, previous, results, prefetch_pulse_ids, t, t2, t3}`.
/// - `GET /api/v1/pulses/<id>`: the pulse, or 404 `{"detail": "Not found."}`.
/// - `GET /api/v1/pulses/<id>/indicators?limit=10&page=1&include_inactive=0`: the pulse's
///   indicator rows with `pulse_key` and `slug` added; rows with `is_active` 0 are hidden
///   unless `include_inactive=1`. The default page size is 10, as recorded without `limit`
///   (the Python SDK always sends `limit=1000`).
/// - `GET /api/v1/search/pulses?q=…&limit=25&page=1&sort=-modified`: pulse summaries (no
///   `indicators`; `indicator_count`, `indicator_type_counts`, upper-case `TLP`) whose name,
///   description or a tag contains `q`, case-insensitively; `sort` is `modified`, `created`,
///   `subscriber_count` or `name`, `-` for descending. Envelope adds `exact_match: ""`.
///
/// Paging follows Django REST framework: `next`/`previous` are absolute URLs on this server
/// that repeat the request's query with `page` replaced (and dropped for page 1, as DRF
/// does), `null` at the ends; a page past the end (or `page` < 1 or not a number) is 404
/// `{"detail": "Invalid page."}`; page 1 of an empty list is 200 with no results; `page=last`
/// is the last page; a missing or invalid `limit` means the default. Unknown paths get
/// Django's HTML 404, other methods than GET/HEAD a DRF 405.
///
/// Recorded `next`/`previous` links are never served: the fake generates its own.
class FakeOtxServer : public QObject
{
    Q_OBJECT

public:
    /// Transport and service faults, each delivered once to one request.
    enum class Fault
    {
        TooManyRequests,           ///< 429 `{"detail": "Request was throttled."}`, no Retry-After
        TooManyRequestsRetryAfter, ///< the same with `Retry-After: <setRetryAfterSeconds()>`
        InternalError,             ///< 500 with Django's HTML "Server Error (500)" page
        GatewayTimeout,            ///< 504 with nginx's HTML "504 Gateway Time-out" page
        TruncatedJson,             ///< 200 whose JSON body is cut in half (Content-Length fits)
        /// Status line, headers with the full Content-Length and half the body, then the
        /// connection is closed: QNetworkReply fails with RemoteHostClosedError, while its
        /// HttpStatusCodeAttribute already says 200, so a client must look at error() first.
        /// (Closing before the headers would not do: QNAM 6.4 silently resends the request.)
        DropConnection,
    };
    Q_ENUM(Fault)

    /// One request as received. The key's value is never kept, only whether it matched.
    struct RecordedRequest
    {
        QString path;
        QUrlQuery query;
        bool hadKey = false;     ///< an X-OTX-API-KEY header was present
        bool keyMatched = false; ///< a key is configured and the header carried exactly it
    };

    explicit FakeOtxServer(QObject *parent = nullptr);
    ~FakeOtxServer() override;

    /// Replaces the corpus with every pulse object carrying an `indicators` array in
    /// `<fixtures>/otx/pulses/*.json` (envelopes `{results: […]}`, bare arrays and single
    /// pulse objects). Summaries without `indicators` (search, user feeds) are left out.
    ///
    /// Where one pulse id (`id`, else legacy `_id`) occurs in several files, the latest
    /// capture wins: files are read in order of captureDateRank() of their names (then by
    /// name), and a later file replaces the pulse. Returns false, with a warning, when the
    /// fixtures are missing, a file does not parse, or no pulse was found.
    bool loadFixtureCorpus();
    /// The capture date in a fixture file name as YYYYMMDD: the last `YYYY-MM-DD` or
    /// `YYYY-MM` in the name, a missing day counting as 00 (so `2018-03` sorts before
    /// `2018-03-06`); a year range `YYYY-YYYY` counts as its last year with month and day 00
    /// (the intelmq list `pulse_list_2015-2017_…` is 20170000); no date at all is 0.
    static int captureDateRank(const QString &fileName);

    /// Replaces the corpus. Pulses are served newest `modified` first (ties keep their
    /// order); a pulse whose `modified` does not parse goes last.
    void setPulses(const QList<QJsonObject> &pulses);
    /// Replaces the pulse with the same id, or adds it.
    void upsertPulse(const QJsonObject &pulse);
    /// The corpus as served, in serving order, with all indicators.
    QList<QJsonObject> pulses() const;

    /// Listens on 127.0.0.1 on a free port; returns the port, 0 on failure.
    quint16 listen();
    /// `http://127.0.0.1:<port>`; empty before listen().
    QUrl baseUrl() const;

    /// When non-empty, every request needs `X-OTX-API-KEY: <key>` (the header name in any
    /// case), else 403 `{"detail": "Authentication required"}`. Only a hash is kept.
    void setApiKey(const QString &key);
    /// Makes pulses "incomplete": subscribed pages and pulse details embed at most `n`
    /// indicators per pulse and carry `indicator_count` (the full count) and
    /// `more_indicators` (true where rows were left out). Negative = unlimited (default),
    /// which serves pulses exactly as stored.
    void setEmbeddedIndicatorLimit(int n);

    /// The `nth` (1-based) request whose path starts with `pathPrefix`, counted from this
    /// call, gets `fault` once. Faults act in front of the API, before the key check; every
    /// request counts, faulted or not. When two faults fall due on the same request the
    /// earlier injection fires and the other fires on the next matching request.
    void injectFault(const QString &pathPrefix, int nth, Fault fault);
    void clearFaults();
    /// The Retry-After value, in seconds, of Fault::TooManyRequestsRetryAfter (default 1).
    void setRetryAfterSeconds(int seconds);

    QList<RecordedRequest> requests() const;
    void clearRequests();

    /// Serves each distinct request that once succeeded from a copy of its first body, so that
    /// in benchmarks the fake's own JSON encoding does not compete with the client for the
    /// CPU. Changing the corpus empties the cache.
    void setReplyCacheEnabled(bool enabled);

private:
    struct Reply;
    struct PendingFault
    {
        QString prefix;
        int remaining = 0;
        Fault fault = Fault::InternalError;
    };
    using QueryItems = QList<std::pair<QString, QString>>;

    static Reply detail(int status, const QString &text); ///< DRF's `{"detail": text}`
    static Reply html(int status, const QByteArray &body);

    void handle(const QHttpServerRequest &request, QHttpServerResponder &responder);
    Reply route(const QString &path, const QueryItems &query) const;
    Reply subscribed(const QString &path, const QueryItems &query) const;
    Reply pulseDetails(const QJsonObject &pulse) const;
    Reply pulseIndicators(const QString &path,
                          const QJsonObject &pulse,
                          const QueryItems &query) const;
    Reply searchPulses(const QString &path, const QueryItems &query) const;
    QJsonObject servedPulse(const QJsonObject &pulse) const;
    /// The absolute link to `page` of this listing, or null when `page` < 1.
    QJsonValue pageLink(const QString &path, const QueryItems &query, int page) const;
    int findPulse(const QString &id) const;
    void sortPulses();

    QHttpServer *m_server = nullptr;
    QUrl m_baseUrl;
    QList<QJsonObject> m_pulses;    // serving order: newest `modified` first
    QList<qint64> m_modifiedMicros; // parsed `modified` of m_pulses[i]
    QByteArray m_apiKeyHash;
    int m_embeddedLimit = -1;
    int m_retryAfterSeconds = 1;
    QList<PendingFault> m_faults;
    QList<RecordedRequest> m_requests;
    bool m_cacheReplies = false;
    QHash<QString, QByteArray> m_cachedBodies; // path + '?' + query -> 200 JSON body
};
