#include "models/PulseFilter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace {

// Indicator values shorter than this match exactly only: a one- or two-character prefix
// ("1", "ab") selects a large share of millions of indicators and would stall every keystroke.
constexpr int MIN_PREFIX_LENGTH = 4;

// Appended to a prefix, the highest code point sorts after every continuation of the prefix.
const QString MAX_CODE_POINT = QString::fromUcs4(U"\U0010FFFF");

} // namespace

namespace PulseFilterSql {

QString escapeLike(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c == u'\\' || c == u'%' || c == u'_') {
            out += u'\\';
        }
        out += c;
    }
    return out;
}

QString jsonStringBody(const QString &text)
{
    // ["text"] -> "text" -> text
    const QByteArray json = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    const QString quoted = QString::fromUtf8(json.mid(1, json.size() - 2));
    return quoted.mid(1, quoted.size() - 2);
}

QString prefixUpperBound(const QString &prefix)
{
    return prefix + MAX_CODE_POINT;
}

} // namespace PulseFilterSql

bool PulseFilter::isEmpty() const
{
    return text.trimmed().isEmpty() && tlp.isEmpty() && adversary.trimmed().isEmpty()
           && malwareFamily.trimmed().isEmpty() && attackId.trimmed().isEmpty()
           && tag.trimmed().isEmpty() && !modifiedFromMs && !modifiedToMs;
}

SqlCondition PulseFilter::toSql(const QString &alias) const
{
    using namespace PulseFilterSql;
    QStringList parts;
    QVariantList bindings;
    const QString a = alias + u'.';
    // CAST keeps Postgres from guessing among lower()'s overloads for an untyped parameter.
    const QString likeParam = u"LOWER(CAST(? AS TEXT)) ESCAPE '\\'"_s;
    auto contains = [](const QString &s) {
        return u'%' + escapeLike(s) + u'%';
    };

    if (const QString t = text.trimmed(); !t.isEmpty()) {
        // TODO(models): free text scans name, description and tags with LIKE, about 115 ms a
        // keystroke at 100,000 pulses (tests/bench); a full-text index (SQLite FTS5, Postgres
        // tsvector) would make it instant and allow word matches.
        QStringList any;
        for (const char *column : {"name", "description", "tags"}) {
            any << u"LOWER(%1%2) LIKE %3"_s.arg(a, QLatin1String(column), likeParam);
        }
        bindings << contains(t) << contains(t) << contains(jsonStringBody(t));

        // Indicator values through the index on indicators(value): a range the index serves,
        // checked again with SUBSTR so that no collation can let a non-match through.
        // Normalised values are lower case for hashes, domains and e-mail addresses, so the
        // lower-cased text is tried too.
        QStringList candidates{t};
        if (t.toLower() != t) {
            candidates << t.toLower();
        }
        QStringList valueTests;
        for (const QString &candidate : std::as_const(candidates)) {
            if (candidate.size() < MIN_PREFIX_LENGTH) {
                valueTests << u"i.value = ?"_s;
                bindings << candidate;
            } else {
                valueTests << u"(i.value >= ? AND i.value < ? AND SUBSTR(i.value, 1, ?) = ?)"_s;
                bindings << candidate << prefixUpperBound(candidate)
                         << static_cast<int>(candidate.toUcs4().size()) << candidate;
            }
        }
        any << u"%1id IN (SELECT pi.pulse_id FROM indicators i JOIN pulse_indicators pi "
               "ON pi.indicator_id = i.id WHERE pi.linked = 1 AND (%2))"_s.arg(
                       a,
                       valueTests.join(u" OR "_s));
        // A pasted OTX pulse id finds its pulse (unique index on otx_id).
        any << u"%1otx_id = LOWER(CAST(? AS TEXT))"_s.arg(a);
        bindings << t;
        parts << u'(' + any.join(u" OR "_s) + u')';
    }
    if (!tlp.isEmpty()) {
        parts << u"LOWER(%1tlp) = LOWER(CAST(? AS TEXT))"_s.arg(a);
        bindings << tlp;
    }
    if (const QString t = adversary.trimmed(); !t.isEmpty()) {
        parts << u"LOWER(%1adversary) LIKE %2"_s.arg(a, likeParam);
        bindings << contains(t);
    }
    if (const QString t = malwareFamily.trimmed(); !t.isEmpty()) {
        parts << u"LOWER(%1malware_families) LIKE %2"_s.arg(a, likeParam);
        bindings << contains(jsonStringBody(t));
    }
    if (const QString t = attackId.trimmed(); !t.isEmpty()) {
        // An element that starts with the id: `"T1566` inside ["T1566.001","T1059"].
        parts << u"LOWER(%1attack_ids) LIKE %2"_s.arg(a, likeParam);
        bindings << u"%\""_s + escapeLike(jsonStringBody(t)) + u'%';
    }
    if (const QString t = tag.trimmed(); !t.isEmpty()) {
        parts << u"LOWER(%1tags) LIKE %2"_s.arg(a, likeParam);
        bindings << u"%\""_s + escapeLike(jsonStringBody(t)) + u"\"%"_s;
    }
    if (modifiedFromMs) {
        parts << u"%1modified >= ?"_s.arg(a);
        bindings << *modifiedFromMs;
    }
    if (modifiedToMs) {
        parts << u"%1modified <= ?"_s.arg(a);
        bindings << *modifiedToMs;
    }

    if (parts.isEmpty()) {
        return {};
    }
    return SqlCondition{u'(' + parts.join(u" AND "_s) + u')', bindings};
}

QVariantMap PulseFilter::toVariantMap() const
{
    QVariantMap map{{u"text"_s, text},
                    {u"tlp"_s, tlp},
                    {u"adversary"_s, adversary},
                    {u"malwareFamily"_s, malwareFamily},
                    {u"attackId"_s, attackId},
                    {u"tag"_s, tag}};
    if (modifiedFromMs) {
        map.insert(u"modifiedFromMs"_s, *modifiedFromMs);
    }
    if (modifiedToMs) {
        map.insert(u"modifiedToMs"_s, *modifiedToMs);
    }
    return map;
}

PulseFilter PulseFilter::fromVariantMap(const QVariantMap &map)
{
    PulseFilter f;
    f.text = map.value(u"text"_s).toString();
    f.tlp = map.value(u"tlp"_s).toString();
    f.adversary = map.value(u"adversary"_s).toString();
    f.malwareFamily = map.value(u"malwareFamily"_s).toString();
    f.attackId = map.value(u"attackId"_s).toString();
    f.tag = map.value(u"tag"_s).toString();
    bool ok = false;
    if (const qint64 from = map.value(u"modifiedFromMs"_s).toLongLong(&ok); ok) {
        f.modifiedFromMs = from;
    }
    if (const qint64 to = map.value(u"modifiedToMs"_s).toLongLong(&ok); ok) {
        f.modifiedToMs = to;
    }
    return f;
}
