#include "services/OtxIndicators.h"

#include "models/Timestamps.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace OtxIndicators {

namespace {

const QStringList IP_SECTIONS = {u"general"_s,
                                 u"reputation"_s,
                                 u"geo"_s,
                                 u"malware"_s,
                                 u"url_list"_s,
                                 u"passive_dns"_s,
                                 u"nids_list"_s,
                                 u"http_scans"_s};
const QStringList NAME_SECTIONS = {u"general"_s,
                                   u"geo"_s,
                                   u"malware"_s,
                                   u"url_list"_s,
                                   u"passive_dns"_s,
                                   u"whois"_s,
                                   u"http_scans"_s};

/// Adds names to a list once each (case-insensitively), skipping empty ones.
class NameList
{
public:
    explicit NameList(QStringList &out)
        : m_out(out)
    {
    }

    void add(const QString &name)
    {
        const QString clean = name.trimmed();
        if (clean.isEmpty() || m_seen.contains(clean.toCaseFolded())) {
            return;
        }
        m_seen.insert(clean.toCaseFolded());
        m_out.append(clean);
    }

    /// Strings, or objects carrying the name under one of `keys` (OTX uses both shapes).
    void addAll(const QJsonValue &value, const QStringList &keys)
    {
        if (value.isString()) {
            add(value.toString());
            return;
        }
        for (const QJsonValue &v : value.toArray()) {
            if (v.isString()) {
                add(v.toString());
                continue;
            }
            const QJsonObject o = v.toObject();
            for (const QString &key : keys) {
                if (o.value(key).isString() && !o.value(key).toString().trimmed().isEmpty()) {
                    add(o.value(key).toString());
                    break;
                }
            }
        }
    }

private:
    QStringList &m_out;
    QSet<QString> m_seen;
};

std::optional<int> intValue(const QJsonValue &v)
{
    if (v.isDouble()) {
        return v.toInt();
    }
    bool ok = false;
    const int n = v.toString().toInt(&ok);
    return ok ? std::optional<int>(n) : std::nullopt;
}

} // namespace

std::optional<Endpoint> endpointFor(const QString &otxType, const QString &value)
{
    const QString type = otxType.trimmed();
    if (type == u"IPv4"_s || type == u"IPv6"_s) {
        const QHostAddress address(value.trimmed());
        const bool v6 = address.protocol() == QAbstractSocket::IPv6Protocol
                        || (address.isNull() && type == u"IPv6"_s);
        return Endpoint{v6 ? u"IPv6"_s : u"IPv4"_s,
                        IP_SECTIONS,
                        {u"general"_s, u"reputation"_s, u"passive_dns"_s}};
    }
    if (type == u"domain"_s || type == u"hostname"_s) {
        return Endpoint{type, NAME_SECTIONS, {u"general"_s, u"geo"_s, u"passive_dns"_s}};
    }
    if (type == u"URL"_s) {
        return Endpoint{u"url"_s,
                        {u"general"_s, u"url_list"_s, u"http_scans"_s, u"screenshot"_s},
                        {u"general"_s, u"url_list"_s}};
    }
    if (type == u"FileHash-MD5"_s || type == u"FileHash-SHA1"_s || type == u"FileHash-SHA256"_s) {
        return Endpoint{u"file"_s, {u"general"_s, u"analysis"_s}, {u"general"_s}};
    }
    if (type == u"CVE"_s) {
        return Endpoint{u"cve"_s, {u"general"_s}, {u"general"_s}};
    }
    return std::nullopt;
}

QString guessType(const QString &value)
{
    static const QRegularExpression hex(u"^[0-9a-fA-F]+$"_s);
    static const QRegularExpression cve(u"^CVE-\\d{4}-\\d{4,}$"_s,
                                        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression label(u"^[\\w-]{1,63}$"_s,
                                          QRegularExpression::UseUnicodePropertiesOption);
    const QString v = value.trimmed();
    if (v.isEmpty() || v.contains(u' ')) {
        return {};
    }
    const QHostAddress address(v);
    if (address.protocol() == QAbstractSocket::IPv4Protocol && v.count(u'.') == 3) {
        return u"IPv4"_s;
    }
    if (address.protocol() == QAbstractSocket::IPv6Protocol) {
        return u"IPv6"_s;
    }
    if (v.contains(u"://"_s)) {
        return QUrl(v, QUrl::StrictMode).isValid() ? u"URL"_s : QString();
    }
    if (hex.match(v).hasMatch()) {
        switch (v.size()) {
        case 32:
            return u"FileHash-MD5"_s;
        case 40:
            return u"FileHash-SHA1"_s;
        case 64:
            return u"FileHash-SHA256"_s;
        default:
            return {};
        }
    }
    if (cve.match(v).hasMatch()) {
        return u"CVE"_s;
    }
    if (v.count(u'@') == 1) {
        return u"email"_s;
    }
    QString name = v;
    if (name.endsWith(u'.')) {
        name.chop(1);
    }
    const QStringList labels = name.split(u'.');
    // A top-level label is never all digits: "10.1" is a short address, not a name.
    if (labels.size() < 2 || !labels.last().contains(QRegularExpression(u"[^\\d-]"_s))) {
        return {};
    }
    for (const QString &l : labels) {
        if (!label.match(l).hasMatch() || l.startsWith(u'-') || l.endsWith(u'-')) {
            return {};
        }
    }
    // TODO(enrich): "two labels" misreads names under public suffixes such as example.co.uk
    // (a domain, taken for a hostname); Qt has no public API for the public suffix list.
    return labels.size() == 2 ? u"domain"_s : u"hostname"_s;
}

QString canonicalType(const QString &name)
{
    static const QStringList TYPES = {u"IPv4"_s,
                                      u"IPv6"_s,
                                      u"domain"_s,
                                      u"hostname"_s,
                                      u"email"_s,
                                      u"URL"_s,
                                      u"URI"_s,
                                      u"FileHash-MD5"_s,
                                      u"FileHash-SHA1"_s,
                                      u"FileHash-SHA256"_s,
                                      u"FileHash-PEHASH"_s,
                                      u"FileHash-IMPHASH"_s,
                                      u"CIDR"_s,
                                      u"FilePath"_s,
                                      u"Mutex"_s,
                                      u"CVE"_s,
                                      u"YARA"_s,
                                      u"JA3"_s,
                                      u"osquery"_s,
                                      u"SSLCertFingerprint"_s,
                                      u"BitcoinAddress"_s};
    for (const QString &t : TYPES) {
        if (t.compare(name.trimmed(), Qt::CaseInsensitive) == 0) {
            return t;
        }
    }
    return {};
}

QString path(const Endpoint &endpoint, const QString &value, const QString &section)
{
    // Everything but unreserved characters is encoded, '/' and ':' too.
    const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(value.trimmed()));
    return u"/api/v1/indicators/%1/%2/%3"_s.arg(endpoint.slug, encoded, section);
}

Summary summarise(const QHash<QString, QJsonObject> &sections)
{
    Summary s;
    NameList malware(s.malwareFamilies);
    NameList adversaries(s.adversaries);
    NameList attack(s.attackIds);

    const QJsonObject general = sections.value(u"general"_s);
    const QJsonObject pulseInfo = general.value("pulse_info"_L1).toObject();
    if (pulseInfo.contains("count"_L1)) {
        s.pulseCount = intValue(pulseInfo.value("count"_L1));
    }
    if (general.contains("reputation"_L1)) {
        s.reputation = intValue(general.value("reputation"_L1));
    }
    for (const QJsonValue &v : pulseInfo.value("pulses"_L1).toArray()) {
        const QJsonObject pulse = v.toObject();
        adversaries.add(pulse.value("adversary"_L1).toString());
        malware.addAll(pulse.value("malware_families"_L1), {u"display_name"_s, u"name"_s, u"id"_s});
        attack.addAll(pulse.value("attack_ids"_L1), {u"id"_s, u"display_name"_s});
    }
    const QJsonObject related = pulseInfo.value("related"_L1).toObject();
    for (const QString &source : {u"alienvault"_s, u"other"_s}) {
        const QJsonObject r = related.value(source).toObject();
        adversaries.addAll(r.value("adversary"_L1), {u"name"_s});
        malware.addAll(r.value("malware_families"_L1), {u"display_name"_s, u"name"_s, u"id"_s});
    }

    // The reputation section's threat score is the more telling number.
    const QJsonValue reputation = sections.value(u"reputation"_s).value("reputation"_L1);
    if (reputation.isObject()) {
        if (auto score = intValue(reputation.toObject().value("threat_score"_L1))) {
            s.reputation = score;
        }
    }

    // Geography: inline in general for addresses, else the geo section.
    for (const QJsonObject &source : {general, sections.value(u"geo"_s)}) {
        if (s.country.isEmpty()) {
            s.country = source.value("country_name"_L1).toString().trimmed();
        }
        if (s.asn.isEmpty()) {
            s.asn = source.value("asn"_L1).toString().trimmed();
        }
    }

    // Seen: the span of the passive DNS records (three timestamp formats over the years).
    for (const QJsonValue &v : sections.value(u"passive_dns"_s).value("passive_dns"_L1).toArray()) {
        const QJsonObject record = v.toObject();
        if (auto first = Timestamps::parseUtcMs(record.value("first"_L1).toString())) {
            s.firstSeenMs = std::min(s.firstSeenMs.value_or(*first), *first);
        }
        if (auto last = Timestamps::parseUtcMs(record.value("last"_L1).toString())) {
            s.lastSeenMs = std::max(s.lastSeenMs.value_or(*last), *last);
        }
    }
    return s;
}

} // namespace OtxIndicators
