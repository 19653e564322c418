#include "tests/support/ExpectedMisp.h"

#include <QHash>
#include <QHostAddress>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ExpectedMisp {

namespace {

const QHash<QString, QString> &typeOf()
{
    static const QHash<QString, QString> table = {
            {u"IPv4"_s, u"ip-dst"_s},
            {u"IPv6"_s, u"ip-dst"_s},
            {u"CIDR"_s, u"ip-dst"_s},
            {u"domain"_s, u"domain"_s},
            {u"hostname"_s, u"hostname"_s},
            {u"URL"_s, u"url"_s},
            {u"URI"_s, u"uri"_s},
            {u"email"_s, u"email-src"_s},
            {u"FileHash-MD5"_s, u"md5"_s},
            {u"FileHash-SHA1"_s, u"sha1"_s},
            {u"FileHash-SHA256"_s, u"sha256"_s},
            {u"FileHash-IMPHASH"_s, u"imphash"_s},
            {u"FileHash-PEHASH"_s, u"pehash"_s},
            {u"FilePath"_s, u"filename"_s},
            {u"Mutex"_s, u"mutex"_s},
            {u"CVE"_s, u"vulnerability"_s},
            {u"YARA"_s, u"yara"_s},
            {u"BitcoinAddress"_s, u"btc"_s},
            {u"JA3"_s, u"ja3-fingerprint-md5"_s},
            {u"SSLCertFingerprint"_s, u"x509-fingerprint-sha1"_s},
    };
    return table;
}

QString text(const QJsonValue &v)
{
    const QString t = v.isString() ? v.toString().trimmed() : QString();
    return t == u"None"_s || t == u"null"_s ? QString() : t;
}

QString value(const QString &type, const QString &raw)
{
    static const QSet<QString> lower = {u"md5"_s,
                                        u"sha1"_s,
                                        u"sha256"_s,
                                        u"imphash"_s,
                                        u"pehash"_s,
                                        u"ja3-fingerprint-md5"_s,
                                        u"x509-fingerprint-sha1"_s,
                                        u"email-src"_s};
    QString v = raw.trimmed();
    // MISP turns defanged network values back (observed: `[.]` in a URL is stored as `.`).
    static const QSet<QString> refanged = {u"url"_s,
                                           u"uri"_s,
                                           u"link"_s,
                                           u"domain"_s,
                                           u"hostname"_s,
                                           u"ip-dst"_s,
                                           u"email-src"_s};
    if (refanged.contains(type)) {
        v.replace(u"[.]"_s, u"."_s);
        if (v.startsWith(u"hxxp"_s, Qt::CaseInsensitive)) {
            v.replace(0, 4, u"http"_s);
        }
    }
    if (type == u"domain"_s || type == u"hostname"_s) {
        return QString::fromLatin1(QUrl::toAce(v.toLower())).toLower();
    }
    if (lower.contains(type)) {
        return v.toLower();
    }
    if (type == u"vulnerability"_s) {
        return v.toUpper();
    }
    if (type == u"ip-dst"_s && v.contains(u':')) {
        const QString address = v.section(u'/', 0, 0);
        const QString suffix = v.contains(u'/') ? u"/"_s + v.section(u'/', 1) : QString();
        return QHostAddress(address).toString() + suffix;
    }
    return v;
}

void sortAttributes(QList<Attribute> &list)
{
    std::sort(list.begin(), list.end(), [](const Attribute &a, const Attribute &b) {
        return a.type != b.type ? a.type < b.type : a.value < b.value;
    });
}

} // namespace

QList<Attribute> attributes(const QJsonObject &pulse, const QJsonObject &describeTypes)
{
    const QJsonObject defaults = describeTypes[u"result"_s][u"sane_defaults"_s].toObject();
    QList<Attribute> out;
    QSet<QString> seen;
    auto add = [&](const Attribute &a) {
        const QString key = a.type + u'\n' + a.value;
        if (!a.value.isEmpty() && !seen.contains(key)) {
            seen.insert(key);
            out.append(a);
        }
    };
    for (const QJsonValue &v : pulse[u"indicators"_s].toArray()) {
        const QJsonObject ind = v.toObject();
        const QString type = typeOf().value(ind[u"type"_s].toString());
        if (type.isEmpty()) {
            continue;
        }
        const QString raw =
                type == u"yara"_s ? text(ind[u"content"_s]) : ind[u"indicator"_s].toString();
        const QJsonObject d = defaults[type].toObject();
        Attribute a;
        a.type = type;
        a.category = type == u"filename"_s ? u"Artifacts dropped"_s
                                           : d[u"default_category"_s].toString();
        a.toIds = d[u"to_ids"_s].toInt() != 0;
        a.value = value(type, raw);
        add(a);
    }
    for (const QJsonValue &r : pulse[u"references"_s].toArray()) {
        // Only URLs are links in MISP; other references (file names) are text.
        static const QRegularExpression url(u"^[A-Za-z][A-Za-z0-9+.-]*://[^\\s/?#]+\\S*$"_s);
        const QString t = text(r);
        if (url.match(t).hasMatch()) {
            add({u"link"_s, u"External analysis"_s, value(u"link"_s, t), false});
        } else {
            add({u"text"_s, u"External analysis"_s, t, false});
        }
    }
    add({u"comment"_s, u"External analysis"_s, text(pulse[u"description"_s]), false});
    sortAttributes(out);
    return out;
}

int skippedIndicators(const QJsonObject &pulse)
{
    int n = 0;
    for (const QJsonValue &v : pulse[u"indicators"_s].toArray()) {
        const QJsonObject ind = v.toObject();
        const QString type = typeOf().value(ind[u"type"_s].toString());
        if (type.isEmpty() || (type == u"yara"_s && text(ind[u"content"_s]).isEmpty())) {
            ++n;
        }
    }
    return n;
}

QList<Attribute> fromEvent(const QJsonObject &event)
{
    QList<Attribute> out;
    for (const QJsonValue &v : event[u"Attribute"_s].toArray()) {
        const QJsonObject a = v.toObject();
        if (a[u"deleted"_s].toBool()) {
            continue;
        }
        out.append({a[u"type"_s].toString(),
                    a[u"category"_s].toString(),
                    a[u"value"_s].toString(),
                    a[u"to_ids"_s].toBool()});
    }
    sortAttributes(out);
    return out;
}

} // namespace ExpectedMisp
