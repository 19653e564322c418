#include "models/Timestamps.h"

namespace {

// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil).
qint64 daysFromCivil(int y, unsigned m, unsigned d)
{
    y -= m <= 2 ? 1 : 0;
    const int era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return static_cast<qint64>(era) * 146097 + static_cast<qint64>(doe) - 719468;
}

bool readDigits(QStringView text, qsizetype &pos, int count, int &out)
{
    if (pos + count > text.size()) {
        return false;
    }
    int value = 0;
    for (int i = 0; i < count; ++i) {
        const char16_t c = text[pos + i].unicode();
        if (c < u'0' || c > u'9') {
            return false;
        }
        value = value * 10 + (c - u'0');
    }
    pos += count;
    out = value;
    return true;
}

bool expect(QStringView text, qsizetype &pos, char16_t c)
{
    if (pos < text.size() && text[pos].unicode() == c) {
        ++pos;
        return true;
    }
    return false;
}

} // namespace

namespace Timestamps {

std::optional<qint64> parseUtcMs(QStringView text)
{
    text = text.trimmed();
    qsizetype pos = 0;
    int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
    if (!readDigits(text, pos, 4, year) || !expect(text, pos, u'-')
        || !readDigits(text, pos, 2, month) || !expect(text, pos, u'-')
        || !readDigits(text, pos, 2, day)) {
        return std::nullopt;
    }
    if (month < 1 || month > 12 || day < 1 || day > 31) {
        return std::nullopt;
    }
    if (pos < text.size()) {
        if (!expect(text, pos, u'T') && !expect(text, pos, u' ')) {
            return std::nullopt;
        }
        if (!readDigits(text, pos, 2, hour) || !expect(text, pos, u':')
            || !readDigits(text, pos, 2, minute)) {
            return std::nullopt;
        }
        if (expect(text, pos, u':') && !readDigits(text, pos, 2, second)) {
            return std::nullopt;
        }
    }
    if (hour > 23 || minute > 59 || second > 60) {
        return std::nullopt;
    }
    int millis = 0;
    if (expect(text, pos, u'.')) {
        int digits = 0;
        while (pos < text.size() && text[pos].isDigit()) {
            if (digits < 3) {
                millis = millis * 10 + (text[pos].unicode() - u'0');
            }
            ++digits;
            ++pos;
        }
        if (digits == 0) {
            return std::nullopt;
        }
        for (int i = digits; i < 3; ++i) {
            millis *= 10;
        }
    }
    int offsetMinutes = 0;
    if (pos < text.size()) {
        const char16_t sign = text[pos].unicode();
        if (sign == u'Z' || sign == u'z') {
            ++pos;
        } else if (sign == u'+' || sign == u'-') {
            ++pos;
            int oh = 0, om = 0;
            if (!readDigits(text, pos, 2, oh)) {
                return std::nullopt;
            }
            expect(text, pos, u':');
            if (pos < text.size() && !readDigits(text, pos, 2, om)) {
                return std::nullopt;
            }
            offsetMinutes = (oh * 60 + om) * (sign == u'-' ? -1 : 1);
        }
    }
    if (pos != text.size()) {
        return std::nullopt;
    }
    const qint64 days =
            daysFromCivil(year, static_cast<unsigned>(month), static_cast<unsigned>(day));
    const qint64 secs = days * 86400 + hour * 3600 + minute * 60 + second - offsetMinutes * 60;
    return secs * 1000 + millis;
}

QString toIsoUtc(qint64 msecs)
{
    return toDateTime(msecs).toString(Qt::ISODateWithMs);
}

QDateTime toDateTime(qint64 msecs)
{
    return QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC);
}

} // namespace Timestamps
