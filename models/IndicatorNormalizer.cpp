#include "models/IndicatorNormalizer.h"

#include <QList>

#include <array>
#include <optional>

namespace {

std::optional<std::array<quint16, 2>> parseIpv4Groups(QStringView text)
{
    const QList<QStringView> parts = text.split(u'.');
    if (parts.size() != 4) {
        return std::nullopt;
    }
    std::array<int, 4> octets{};
    for (int i = 0; i < 4; ++i) {
        bool ok = false;
        const int v = parts[i].toInt(&ok);
        if (!ok || v < 0 || v > 255 || parts[i].isEmpty() || parts[i].size() > 3) {
            return std::nullopt;
        }
        octets[static_cast<size_t>(i)] = v;
    }
    return std::array<quint16, 2>{static_cast<quint16>(octets[0] << 8 | octets[1]),
                                  static_cast<quint16>(octets[2] << 8 | octets[3])};
}

bool parseHextets(QStringView text, QList<quint16> &out, bool allowIpv4Tail)
{
    if (text.isEmpty()) {
        return true;
    }
    const QList<QStringView> parts = text.split(u':');
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const QStringView part = parts[i];
        if (allowIpv4Tail && i == parts.size() - 1 && part.contains(u'.')) {
            const auto v4 = parseIpv4Groups(part);
            if (!v4) {
                return false;
            }
            out.append((*v4)[0]);
            out.append((*v4)[1]);
            continue;
        }
        if (part.isEmpty() || part.size() > 4) {
            return false;
        }
        bool ok = false;
        const uint v = part.toUInt(&ok, 16);
        if (!ok) {
            return false;
        }
        out.append(static_cast<quint16>(v));
    }
    return true;
}

} // namespace

namespace IndicatorNormalizer {

QString compressIpv6(QStringView text)
{
    const qsizetype gap = text.indexOf(u"::");
    QList<quint16> head;
    QList<quint16> tail;
    if (gap >= 0) {
        if (text.indexOf(u"::", gap + 1) >= 0) {
            return {};
        }
        if (!parseHextets(text.left(gap), head, false)
            || !parseHextets(text.mid(gap + 2), tail, true)) {
            return {};
        }
        if (head.size() + tail.size() > 7) {
            return {};
        }
    } else if (!parseHextets(text, head, true) || head.size() != 8) {
        return {};
    }
    std::array<quint16, 8> groups{};
    for (qsizetype i = 0; i < head.size(); ++i) {
        groups[static_cast<size_t>(i)] = head[i];
    }
    for (qsizetype i = 0; i < tail.size(); ++i) {
        groups[static_cast<size_t>(8 - tail.size() + i)] = tail[i];
    }

    // The longest run of two or more zero groups becomes "::", the first one on a tie.
    int bestStart = -1, bestLength = 1;
    for (int i = 0; i < 8;) {
        if (groups[static_cast<size_t>(i)] != 0) {
            ++i;
            continue;
        }
        int j = i;
        while (j < 8 && groups[static_cast<size_t>(j)] == 0) {
            ++j;
        }
        if (j - i > bestLength) {
            bestStart = i;
            bestLength = j - i;
        }
        i = j;
    }

    // IPv4-mapped addresses keep the dotted tail, as RFC 5952 section 5 recommends.
    const bool mapped = bestStart == 0 && bestLength == 5 && groups[5] == 0xffff;
    QString result;
    const int last = mapped ? 6 : 8;
    for (int i = 0; i < last; ++i) {
        if (i == bestStart) {
            result += i == 0 ? QStringLiteral("::") : QStringLiteral(":");
            i += bestLength - 1;
            continue;
        }
        result += QString::number(groups[static_cast<size_t>(i)], 16);
        if (i < last - 1) {
            result += u':';
        }
    }
    if (mapped) {
        result += QStringLiteral(":%1.%2.%3.%4")
                          .arg(groups[6] >> 8)
                          .arg(groups[6] & 0xff)
                          .arg(groups[7] >> 8)
                          .arg(groups[7] & 0xff);
    }
    return result;
}

QString normalize(QStringView type, QStringView value)
{
    const QStringView trimmed = value.trimmed();
    if (type.startsWith(u"FileHash-") || type == u"email") {
        return trimmed.toString().toLower();
    }
    if (type == u"domain" || type == u"hostname") {
        QString name = trimmed.toString().toLower();
        while (name.endsWith(u'.')) {
            name.chop(1);
        }
        return name;
    }
    if (type == u"IPv6") {
        const QString compressed = compressIpv6(trimmed);
        return compressed.isNull() ? trimmed.toString() : compressed;
    }
    return trimmed.toString();
}

} // namespace IndicatorNormalizer
