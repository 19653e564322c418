#include "services/MispAttributes.h"

#include "models/EnrichmentStore.h"
#include "models/IndicatorNormalizer.h"
#include "services/Logging.h"
#include "services/MispClient.h"

#include <QHash>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace MispAttributes {

namespace {

constexpr int MAX_PAGES = 100000;

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(MispAttributes)
};

QString addressType(const QString &value)
{
    if (value.contains(u'/')) {
        return u"CIDR"_s;
    }
    return QHostAddress(value).protocol() == QAbstractSocket::IPv6Protocol ? u"IPv6"_s : u"IPv4"_s;
}

} // namespace

std::optional<std::pair<QString, QString>> otxIndicator(const QString &mispType,
                                                        const QString &value)
{
    const QString type = mispType.trimmed().toLower();
    const QString left = value.section(u'|', 0, 0).trimmed();
    const QString right = value.section(u'|', 1).trimmed();
    if (type == u"ip-dst"_s || type == u"ip-src"_s) {
        return std::pair{addressType(value.trimmed()), value.trimmed()};
    }
    if (type == u"ip-dst|port"_s || type == u"ip-src|port"_s) {
        return std::pair{addressType(left), left};
    }
    if (type == u"domain|ip"_s) {
        return std::pair{u"domain"_s, left};
    }
    if (type.startsWith(u"filename|"_s)) {
        const QString hash = type.section(u'|', 1);
        if (hash == u"md5"_s || hash == u"sha1"_s || hash == u"sha256"_s) {
            return std::pair{u"FileHash-"_s + hash.toUpper(), right};
        }
        return std::nullopt;
    }
    static const QHash<QString, QString> SIMPLE = {
            {u"domain"_s, u"domain"_s},
            {u"hostname"_s, u"hostname"_s},
            {u"url"_s, u"URL"_s},
            {u"uri"_s, u"URI"_s},
            {u"md5"_s, u"FileHash-MD5"_s},
            {u"sha1"_s, u"FileHash-SHA1"_s},
            {u"sha256"_s, u"FileHash-SHA256"_s},
            {u"imphash"_s, u"FileHash-IMPHASH"_s},
            {u"pehash"_s, u"FileHash-PEHASH"_s},
            {u"email"_s, u"email"_s},
            {u"email-src"_s, u"email"_s},
            {u"email-dst"_s, u"email"_s},
            {u"vulnerability"_s, u"CVE"_s},
            {u"btc"_s, u"BitcoinAddress"_s},
            {u"ja3-fingerprint-md5"_s, u"JA3"_s},
            {u"x509-fingerprint-sha1"_s, u"SSLCertFingerprint"_s},
            {u"mutex"_s, u"Mutex"_s},
            {u"filename"_s, u"FilePath"_s},
            {u"yara"_s, u"YARA"_s},
    };
    if (const auto it = SIMPLE.constFind(type); it != SIMPLE.cend()) {
        return std::pair{*it, value.trimmed()};
    }
    return std::nullopt;
}

Result<MispPullResult> pull(MispClient &client,
                            EnrichmentStore &store,
                            const MispAttributeQuery &query,
                            const QString &server,
                            qint64 nowMs,
                            const std::function<bool()> &isCancelled)
{
    MispPullResult result;
    QSet<QString> seenUuids;
    QHash<qint64, int> threatOf; // indicator → the highest threat (lowest level) it came with
    QHash<qint64, EnrichItem> items;
    const int pageSize = std::max(1, query.pageSize);

    QList<int> levels = query.threatLevels;
    std::sort(levels.begin(), levels.end());
    for (const int level : std::as_const(levels)) {
        for (int page = 1; page <= MAX_PAGES; ++page) {
            if (isCancelled && isCancelled()) {
                return Error{Tr::tr("Cancelled."), {}, u"enrich.cancelled"_s};
            }
            QJsonObject body{{u"returnFormat"_s, u"json"_s},
                             {u"threat_level_id"_s, level},
                             {u"limit"_s, pageSize},
                             {u"page"_s, page}};
            if (!query.types.isEmpty()) {
                body.insert(u"type"_s, QJsonArray::fromStringList(query.types));
            }
            if (query.toIds) {
                // MISP reads false as "no filter": send 0 or 1.
                body.insert(u"to_ids"_s, *query.toIds ? 1 : 0);
            }
            if (query.lastDays > 0) {
                body.insert(u"last"_s, u"%1d"_s.arg(query.lastDays));
            }
            const auto reply = client.post(u"/attributes/restSearch"_s, QJsonDocument(body));
            ++result.pages;
            if (!reply) {
                return reply.error();
            }
            if (!reply->ok()) {
                return Error{
                        Tr::tr("MISP refused the attribute search (HTTP %1).").arg(reply->status),
                        QString::fromUtf8(reply->json.toJson(QJsonDocument::Compact)).left(300),
                        u"enrich.misp_search"_s};
            }
            const QJsonArray attributes =
                    reply->object().value("response"_L1).toObject().value("Attribute"_L1).toArray();
            QList<EnrichmentStore::MispAttributeRow> rows;
            int fresh = 0;
            for (const QJsonValue &v : attributes) {
                const QJsonObject a = v.toObject();
                const QString uuid = a.value("uuid"_L1).toString();
                if (uuid.isEmpty() || seenUuids.contains(uuid)) {
                    continue; // MISP sends no ORDER BY: pages may overlap
                }
                seenUuids.insert(uuid);
                ++fresh;
                ++result.attributes;
                const auto indicator =
                        otxIndicator(a.value("type"_L1).toString(), a.value("value"_L1).toString());
                if (!indicator || indicator->second.isEmpty()) {
                    ++result.skipped;
                    continue;
                }
                const QString value =
                        IndicatorNormalizer::normalize(indicator->first, indicator->second);
                auto item = store.itemFor(indicator->first, value, nowMs);
                if (!item) {
                    return item.error();
                }
                const QJsonObject event = a.value("Event"_L1).toObject();
                EnrichmentStore::MispAttributeRow row;
                row.uuid = uuid;
                row.indicatorId = item->indicatorId;
                row.mispType = a.value("type"_L1).toString();
                row.toIds =
                        a.value("to_ids"_L1).toBool() || a.value("to_ids"_L1).toString() == u"1"_s;
                row.eventId = a.value("event_id"_L1).toString();
                row.eventUuid = event.value("uuid"_L1).toString();
                row.eventInfo = event.value("info"_L1).toString();
                row.threatLevel = level;
                bool ok = false;
                const qint64 ts = a.value("timestamp"_L1).toString().toLongLong(&ok);
                if (ok) {
                    row.timestampMs = ts * 1000;
                }
                rows.append(row);
                if (!items.contains(item->indicatorId)) {
                    items.insert(item->indicatorId, item.value());
                    threatOf.insert(item->indicatorId, level);
                }
            }
            if (auto saved = store.saveMispAttributes(server, rows, nowMs); !saved) {
                return saved.error();
            }
            // A short page is the last; so is one larger than asked (MISP ignored the page
            // size and sent everything) or one that brought nothing new.
            if (attributes.size() != pageSize || fresh == 0) {
                break;
            }
        }
    }
    QList<EnrichItem> list = items.values();
    std::sort(list.begin(), list.end(), [&](const EnrichItem &a, const EnrichItem &b) {
        const int ta = threatOf.value(a.indicatorId);
        const int tb = threatOf.value(b.indicatorId);
        return ta != tb ? ta < tb : a.indicatorId < b.indicatorId;
    });
    result.items = list;
    qCInfo(lcEnrich) << "MISP attributes pulled."
                     << "attributes:" << result.attributes << "indicators:" << result.items.size()
                     << "skipped:" << result.skipped << "requests:" << result.pages;
    return result;
}

} // namespace MispAttributes
