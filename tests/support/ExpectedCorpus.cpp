#include "tests/support/ExpectedCorpus.h"

#include <QHostAddress>
#include <QJsonArray>

#include <array>
#include <set>
#include <tuple>
#include <utility>

using namespace Qt::StringLiterals;

namespace ExpectedCorpus {

QString rfc5952(const QString &text)
{
    QHostAddress address;
    if (!address.setAddress(text) || address.protocol() != QAbstractSocket::IPv6Protocol) {
        return {};
    }
    const Q_IPV6ADDR bytes = address.toIPv6Address();
    std::array<quint16, 8> groups{};
    for (int i = 0; i < 8; ++i) {
        groups[i] = quint16((bytes[2 * i] << 8) | bytes[2 * i + 1]);
    }
    QString out;
    // RFC 5952 section 5: IPv4-mapped addresses keep the dotted quad.
    const bool mapped = groups[0] == 0 && groups[1] == 0 && groups[2] == 0 && groups[3] == 0
                        && groups[4] == 0 && groups[5] == 0xffff;
    const int hexGroups = mapped ? 6 : 8;
    // Section 4.2: the longest run of two or more zero groups becomes "::", the first on a tie.
    int bestStart = -1;
    int bestLength = 1;
    for (int i = 0; i < hexGroups;) {
        if (groups[i] != 0) {
            ++i;
            continue;
        }
        int j = i;
        while (j < hexGroups && groups[j] == 0) {
            ++j;
        }
        if (j - i > bestLength) {
            bestStart = i;
            bestLength = j - i;
        }
        i = j;
    }
    for (int i = 0; i < hexGroups; ++i) {
        if (i == bestStart) {
            out += u"::"_s;
            i += bestLength - 1;
            continue;
        }
        if (!out.isEmpty() && !out.endsWith(u':')) {
            out += u':';
        }
        out += QString::number(groups[i], 16); // section 4.1 and 4.3: no leading zeros, lower case
    }
    if (mapped) {
        if (!out.endsWith(u':')) {
            out += u':';
        }
        out += u"%1.%2.%3.%4"_s.arg(bytes[12]).arg(bytes[13]).arg(bytes[14]).arg(bytes[15]);
    }
    if (!address.scopeId().isEmpty()) {
        out += u'%' + address.scopeId();
    }
    return out;
}

QString normalisedValue(const QString &type, const QString &value)
{
    QString v = value.trimmed();
    const bool isName = type == u"domain"_s || type == u"hostname"_s;
    if (type.startsWith(u"FileHash-"_s) || isName || type == u"email"_s) {
        v = v.toLower();
    }
    if (isName) {
        while (v.endsWith(u'.')) {
            v.chop(1);
        }
    }
    if (type == u"IPv6"_s) {
        const QString compressed = rfc5952(v);
        if (!compressed.isEmpty()) {
            v = compressed;
        }
    }
    return v;
}

ExpectedCounts expectedFor(const QList<QJsonObject> &pulses)
{
    std::set<QString> pulseIds;
    std::set<std::pair<QString, QString>> indicators;
    std::set<std::tuple<QString, QString, QString>> links;
    for (const QJsonObject &pulse : pulses) {
        QString id = pulse.value(u"id"_s).toString();
        if (id.isEmpty()) {
            id = pulse.value(u"_id"_s).toString();
        }
        pulseIds.insert(id);
        const QJsonArray rows = pulse.value(u"indicators"_s).toArray();
        for (const QJsonValue &row : rows) {
            const QString type = row[u"type"_s].toString();
            const QString value = normalisedValue(type, row[u"indicator"_s].toString());
            indicators.insert({type, value});
            links.insert({id, type, value});
        }
    }
    ExpectedCounts counts;
    counts.pulses = int(pulseIds.size());
    counts.indicators = int(indicators.size());
    counts.links = int(links.size());
    for (const auto &indicator : indicators) {
        ++counts.indicatorsByType[indicator.first];
    }
    return counts;
}

} // namespace ExpectedCorpus
