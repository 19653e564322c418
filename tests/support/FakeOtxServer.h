#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

#include <functional>
#include <optional>
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
/// - `GET /api/v1/indicators/<slug>/<indicator>/<section>`: indicator details, see below.
///
/// Paging follows Django REST framework: `next`/`previous` are absolute URLs on this server
/// that repeat the request's query with `page` replaced (and dropped for page 1, as DRF
/// does), `null` at the ends; a page past the end (or `page` < 1 or not a number) is 404
/// `{"detail": "Invalid page."}`; page 1 of an empty list is 200 with no results; `page=last`
/// is the last page; a missing or invalid `limit` means the default. Unknown paths get
/// Django's HTML 404, methods other than GET a DRF 405 (HEAD included, unlike DRF).
///
/// Recorded `next`/`previous` links are never served: the fake generates its own, or (for
/// recorded indicator sections) points the recorded link at itself.
///
/// Keys and limits. With no key configured every request is served. With keys configured
/// (setApiKeys()) every request needs `X-OTX-API-KEY` (the header name in any case) carrying
/// one of them, else 403 `{"detail": "Authentication required"}` — also for indicator
/// details, which the real service answers without a key (`X-OTX-ACTIVE: 0`); the fake does
/// not model anonymous access. A revoked key gets the same 403. Every GET with a live key
/// then passes that key's limits (setKeyLimits()) as DRF's SimpleRateThrottle does: a
/// sliding 60 s window over accepted requests, plus (unlike DRF's sliding day) a count of
/// accepted requests since midnight UTC of the fake's clock (setClock()). Over either: 429
/// `{"detail": "Request was throttled. Expected available in N seconds."}` ("1 second." for
/// one, as DRF words it), N being the time until a slot frees under every exceeded limit,
/// rounded up, at least 1, and repeated in `Retry-After` unless the key's mode says not to.
/// A throttled or rejected request is not accepted and uses up nothing.
///
/// Indicator details. Slugs as in the real URLs: `IPv4`, `IPv6`, `domain`, `hostname`, `url`,
/// `file`, `cve` (case-sensitive), each with the sections its recorded `general` lists
/// (indicatorSections()). The indicator is everything between the slug and the last path
/// segment, percent-decoded from the raw path, so both an encoded value (`%2F`, `%3A`, `%3F`)
/// and a raw one with slashes work; `http:/host` (a proxy's collapsed `//`) is read as
/// `http://host`, as the real service did in the 2017 capture. Values compare as OTX does:
/// domains, hostnames, hashes and CVE ids case-insensitively (domains without trailing dots),
/// IPv6 as addresses (`0:0:0:0:0:ffff:808:808` = `::ffff:8.8.8.8`), IPv4 and URLs as given.
/// In this order:
/// 1. an unknown slug, a section the slug does not have, an empty value or a value given to
///    addUnknownIndicator(): 404 `{"detail": "Not found."}`;
/// 2. a recording in `<fixtures>/otx/indicators/` for the value and section: served
///    verbatim (the file's bytes). Where several captures exist the latest (captureDateRank())
///    wins. Exceptions: a `recorded-wrapper_*` file serves its `[0].json_body`, re-encoded;
///    a recorded `next`/`previous` on `https://otx.alienvault.com` is pointed at this server
///    (that body is re-encoded too). Paged sections serve the recorded page asked for:
///    `url_list` by `page` and `limit` (absent: page 1, the recorded limit; the `url` slug's
///    url_list is not paged), `malware` and `nids_list` by `page`. A page not recorded gets a
///    recorded page's envelope with the list emptied, `has_next: false` / `next: null`,
///    `previous: null` and the page number asked for;
/// 3. `general` otherwise is synthesised from the pulse corpus (see syntheticGeneral());
/// 4. any other section: the section's empty envelope (see emptySection()).
///
/// Latency (setLatencyMs()) holds every reply back, so that concurrent requests are in flight
/// at once and maxInFlight()/KeyLedger::maxInFlight can be asserted on.
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

    /// Whether a throttled reply carries `Retry-After` (recorded in the wild without it).
    enum class RetryAfterMode
    {
        WithRetryAfter,
        WithoutRetryAfter,
    };
    Q_ENUM(RetryAfterMode)

    /// One request as received. The key's value is never kept, only which one it matched.
    struct RecordedRequest
    {
        QString path; ///< percent-decoded (QUrl::path()); `%2F` in an indicator reads as `/`
        QUrlQuery query;
        bool hadKey = false;     ///< an X-OTX-API-KEY header was present
        bool keyMatched = false; ///< keys are configured and the header carried one of them
        int keyIndex = -1;       ///< index of that key in setApiKeys(), -1 for none
        qint64 atMs = 0;         ///< the fake's clock when the request was read, ms since epoch
    };

    /// What one key's requests met. Counts never depend on wall-clock timing, only on the
    /// fake's clock and on how many requests were open at once.
    struct KeyLedger
    {
        int accepted = 0;       ///< passed key check and limits (and reached the API)
        int throttled = 0;      ///< 429 from the key's limits
        int rejected = 0;       ///< 403 because the key was revoked
        int maxInAnyMinute = 0; ///< most accepted requests in any sliding 60 s window
        int maxInAnySecond = 0; ///< most accepted requests in any sliding 1 s window
        int maxInFlight = 0;    ///< most requests with this key open at once (any outcome)
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

    /// Same as setApiKeys({key}); an empty key means none.
    void setApiKey(const QString &key);
    /// When non-empty, every request needs `X-OTX-API-KEY: <one of keys>` (the header name in
    /// any case), else 403 `{"detail": "Authentication required"}`. Only hashes are kept.
    /// Resets limits, revocations and ledgers; empty keys in the list never match.
    void setApiKeys(const QStringList &keys);
    /// From now on key `index` gets 403 `{"detail": "Authentication required"}`, the body
    /// users report for a bad key (otx-api.md section 5; the real body is not recorded).
    void revokeKey(int index);
    void restoreKey(int index);
    /// Limits for key `index`: at most `perMinute` accepted requests in any sliding 60 s
    /// window and `perDay` since midnight UTC of the fake's clock; 0 means no limit.
    void setKeyLimits(int index, int perMinute, int perDay, RetryAfterMode mode);
    /// The clock used for limits and RecordedRequest::atMs, in ms since the epoch (UTC). An
    /// empty function means the wall clock. Tests step it instead of sleeping.
    void setClock(std::function<qint64()> msSinceEpoch);
    /// Every reply (faults included) is sent `ms` after its request was read, with its
    /// outcome decided on arrival. 0 (default) answers at once.
    void setLatencyMs(int ms);

    /// What key `keyIndex` has met so far; all zero for an index out of range.
    KeyLedger ledger(int keyIndex) const;
    /// Accepted requests for one indicator section; the value compares as the fake does
    /// (case-insensitively for domains, hashes; IPv6 as an address).
    int indicatorRequestCount(const QString &slug,
                              const QString &indicator,
                              const QString &section) const;
    /// Most requests open at once, over all keys and none.
    int maxInFlight() const;

    /// The sections the fake serves for `slug`, in the order the real `general` lists them
    /// (otx-api.md section 2.2); empty for an unknown slug.
    static QStringList indicatorSections(const QString &slug);
    /// From now on `indicator` answers 404 `{"detail": "Not found."}` on every section of
    /// `slug`: OTX knows nothing about it.
    void addUnknownIndicator(const QString &slug, const QString &indicator);
    /// Makes pulses "incomplete": subscribed pages and pulse details embed at most `n`
    /// indicators per pulse and carry `indicator_count` (the full count) and
    /// `more_indicators` (true where rows were left out). Negative = unlimited (default),
    /// which serves pulses exactly as stored.
    void setEmbeddedIndicatorLimit(int n);

    /// The `nth` (1-based) request whose path starts with `pathPrefix` (the decoded path, as
    /// in RecordedRequest), counted from this call, gets `fault` once. Faults act in front of
    /// the API, before the key check and limits: a faulted request is recorded and counted in
    /// flight, but never in a ledger's accepted/throttled/rejected, in a key's limits or in
    /// indicatorRequestCount(). Every request counts towards `nth`, faulted or not. When two
    /// faults fall due on the same request the earlier injection fires and the other fires on
    /// the next matching request.
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
    struct KeyState
    {
        QByteArray hash;
        bool revoked = false;
        int perMinute = 0;
        int perDay = 0;
        RetryAfterMode retryAfter = RetryAfterMode::WithRetryAfter;
        QList<qint64> lastMinute; // accepted in the last 60 s, oldest first
        QList<qint64> lastSecond; // accepted in the last 1 s, oldest first
        qint64 day = 0;           // days since the epoch of acceptedToday
        int acceptedToday = 0;
        int inFlight = 0;
        KeyLedger ledger;
    };
    /// One recorded response in `<fixtures>/otx/indicators/`.
    struct Recording
    {
        QString file;         // relative to the fixtures root
        int page = 1;         // the page it answers
        int limit = 0;        // url_list's `limit`; 0 = not known
        bool wrapped = false; // `[ {status_code, response_headers, reason, json_body} ]`
    };
    using QueryItems = QList<std::pair<QString, QString>>;

    static Reply detail(int status, const QString &text); ///< DRF's `{"detail": text}`
    static Reply html(int status, const QByteArray &body);

    void handle(const QHttpServerRequest &request, QHttpServerResponder &&responder);
    void send(QHttpServerResponder &responder, const Reply &reply, bool drop) const;
    void finishInFlight(int keyIndex);
    qint64 now() const;
    /// Applies key `index`'s limits at `at`; a 429 reply when over a limit, else counts the
    /// request as accepted and returns nothing.
    std::optional<Reply> throttle(int index, qint64 at);
    Reply route(const QUrl &url, const QString &path, const QueryItems &query) const;
    Reply indicatorDetails(const QString &slug,
                           const QString &value,
                           const QString &section,
                           const QueryItems &query) const;
    /// `general` for a value without a recording, from the pulse corpus: `indicator`, `type`,
    /// `type_title`, `sections`, `base_indicator` (the newest pulse row carrying the value,
    /// as OTX's 8-key object, `{}` when none), `pulse_info {count, pulses[summaries],
    /// references, related}`, `validation: []`, `false_positive: []`, plus per slug what the
    /// latest recorded `general` has: IPs `whois`, `reputation: 0` and the geo fields (null:
    /// the fake has no geo data; IPv6 without `asn`, as recorded); domain `whois`, `alexa`;
    /// hostname those and `domain`; url those, `domain` and `hostname`; cve `cve`. Summaries
    /// are the pulse without `indicators`, with `TLP`, `author {username}`,
    /// `indicator_count`, `indicator_type_counts`, `observation` (the stored pulse, as
    /// recorded) and empty defaults for tags, references, adversary, targeted_countries,
    /// malware_families, attack_ids, industries.
    std::optional<QJsonObject> syntheticGeneral(const QString &slug, const QString &value) const;
    /// A section's envelope with no data: geo the geo fields all null, reputation
    /// `{"reputation": null}`, passive_dns `{passive_dns: [], count: 0}`, malware
    /// `{count: 0, size: 0, data: [], next: null, previous: null}`, nids_list
    /// `{count: 0, results: [], next: null, previous: null, limit: 10, page}`, url_list
    /// `{has_next: false, actual_size: 0, full_size: 0, page_num, limit (20 if not given),
    /// paged: true, url_list: []}` (for `url`: `{url_list: [], net_loc, geo fields null}`),
    /// http_scans `{count: 0, data: []}`, whois `{count: 0, data: [], related: []}`,
    /// analysis `{malware: {}, page_type: null, analysis: null}`, screenshot `{}` (none
    /// recorded).
    static QJsonObject emptySection(const QString &slug,
                                    const QString &value,
                                    const QString &section,
                                    int page,
                                    int limit);
    Reply recordedReply(const QList<Recording> &set,
                        const QString &slug,
                        const QString &section,
                        int page,
                        int limit,
                        bool limitGiven) const;
    QByteArray recordingBody(const Recording &recording) const;
    void indexRecordings() const;
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
    QList<KeyState> m_keys;
    std::function<qint64()> m_clock;
    int m_latencyMs = 0;
    int m_inFlight = 0;
    int m_maxInFlight = 0;
    QHash<QString, int> m_indicatorRequests; // slug, normalised value, section -> accepted
    QSet<QString> m_unknownIndicators;       // slug, normalised value
    // Recordings by slug, normalised value and section; only the latest capture of each.
    mutable bool m_recordingsIndexed = false;
    mutable QHash<QString, QList<Recording>> m_recordings;
    mutable QHash<QString, QByteArray> m_recordingBodies; // file -> body as served
    int m_embeddedLimit = -1;
    int m_retryAfterSeconds = 1;
    QList<PendingFault> m_faults;
    QList<RecordedRequest> m_requests;
    bool m_cacheReplies = false;
    QHash<QString, QByteArray> m_cachedBodies; // path + '?' + query -> 200 JSON body
};
