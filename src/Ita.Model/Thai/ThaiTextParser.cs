using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;

namespace Ita.Model.Thai;

/// <summary>A cursor over one Thai text. Each <c>Parse*</c> method reads the whole text and returns
/// <see langword="true"/>, or records one <see cref="ValidationProblem"/> (with the 1-based line and column of the
/// offending text) in <see cref="Problem"/> and returns <see langword="false"/>; it never throws on bad input.</summary>
/// <remarks>Not thread-safe: create one per parse.</remarks>
internal sealed class ThaiTextParser
{
    private const int MaxDecimalDigits = 28;
    private const int FirstBuddhistFourDigitYear = 2400;

    private static readonly string[] WholeYearWords =
        ["ตลอดทั้งปีงบประมาณ", "ตลอดปีงบประมาณ", "ประจำปีงบประมาณ", "ปีงบประมาณ", "ตลอดทั้งปี", "ตลอดปี", "ปีงบ"];

    private static readonly string[] DayWords = ["วันที่", "วันที"];
    private static readonly string[] MonthWords = ["เดือน"];
    private static readonly string[] FromWords = ["ตั้งแต่"];
    private static readonly string[] RangeWords = ["ถึง", "จนถึง"];
    private static readonly string[] BuddhistEraWords = ["พศ"];
    private static readonly string[] CommonEraWords = ["คศ"];

    private readonly string _text;
    private readonly string _path;
    private readonly bool _allowCommonEra;
    private int _pos;

    /// <summary>Initializes a new instance of the <see cref="ThaiTextParser"/> class.</summary>
    /// <param name="text">The text; <see langword="null"/> is read as empty.</param>
    /// <param name="options">The options, or <see langword="null"/> for <see cref="ThaiParseOptions.Default"/>.</param>
    public ThaiTextParser(string? text, ThaiParseOptions? options)
    {
        options ??= ThaiParseOptions.Default;
        _text = text ?? string.Empty;
        _path = options.Path;
        _allowCommonEra = options.AllowCommonEraYears;
    }

    /// <summary>Gets the problem found by the last failed parse, or <see langword="null"/>.</summary>
    public ValidationProblem? Problem { get; private set; }

    private bool AtEnd => _pos >= _text.Length;

    /// <summary>The exception for the problem found by the last failed parse.</summary>
    /// <returns>The exception to throw.</returns>
    public ItaValidationException ToException() =>
        new(null, [Problem ?? throw new InvalidOperationException("No problem was recorded.")]);

    /// <summary>Reads a decimal number written with Thai and/or Arabic digits.</summary>
    /// <param name="value">The number, with the scale written (<c>100.00</c> has scale 2).</param>
    /// <returns><see langword="true"/> on success.</returns>
    public bool ParseNumber(out decimal value)
    {
        value = 0m;
        if (!BeginNonEmpty("a number such as ๙๐.๔๒"))
        {
            return false;
        }

        var start = _pos;
        var ascii = new StringBuilder(_text.Length);
        if (_text[_pos] is '+' or '-' or '\u2212')
        {
            if (_text[_pos] != '+')
            {
                ascii.Append('-');
            }

            _pos++;
        }

        var integerDigits = ReadDigitsInto(ascii);
        if (integerDigits == 0)
        {
            return Fail(ProblemCodes.InvalidNumber, _pos, $"Expected a digit at {Where(_pos)}, found {Found(_pos)}");
        }

        while (!AtEnd && _text[_pos] == ',')
        {
            var comma = _pos;
            if (integerDigits > 3)
            {
                return Fail(ProblemCodes.InvalidNumber, comma, $"Misplaced thousands separator ',' at {Where(comma)}: it must follow a group of 1 to 3 digits (1,234.50)");
            }

            _pos++;
            var group = ReadDigitsInto(ascii);
            if (group != 3)
            {
                return Fail(ProblemCodes.InvalidNumber, comma, $"A thousands separator ',' at {Where(comma)} must be followed by exactly 3 digits (1,234.50); the decimal point is '.'");
            }

            integerDigits = 3;
        }

        var fractionDigits = 0;
        if (!AtEnd && _text[_pos] == '.')
        {
            _pos++;
            ascii.Append('.');
            fractionDigits = ReadDigitsInto(ascii);
            if (fractionDigits == 0)
            {
                return Fail(ProblemCodes.InvalidNumber, _pos, $"Expected a digit after the decimal point at {Where(_pos)}, found {Found(_pos)}");
            }
        }

        SkipSpace();
        if (!AtEnd)
        {
            return Fail(ProblemCodes.InvalidNumber, _pos, $"Unexpected {Found(_pos)} at {Where(_pos)}; expected a digit, '.' or the end of the number");
        }

        var digits = ascii.ToString();
        var significant = digits.TrimStart('-').Split('.')[0].TrimStart('0').Length + fractionDigits;
        if (significant > MaxDecimalDigits
            || !decimal.TryParse(digits, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value))
        {
            return Fail(ProblemCodes.InvalidNumber, start, Inv($"The number at {Where(start)} has more than {MaxDecimalDigits} significant digits and cannot be represented exactly"));
        }

        return true;
    }

    /// <summary>Reads a single date (<c>31 มีนาคม 2565</c>, <c>1 ต.ค. ๖๕</c>, <c>31/3/2565</c>).</summary>
    /// <param name="date">The date.</param>
    /// <returns><see langword="true"/> on success.</returns>
    public bool ParseDate(out DateOnly date)
    {
        if (BeginNonEmpty("a date such as 31 มีนาคม 2565")
            && ReadPart(allowDay: true, requireDay: true, allowPartial: false, out var part)
            && Resolve(part, first: true, out var read)
            && ExpectEnd())
        {
            date = read;
            return true;
        }

        date = default;
        return false;
    }

    /// <summary>Reads one month (<c>ต.ค. ๖๕</c>) or a range of months (<c>ต.ค. ๖๕ - ก.ย. ๖๖</c>).</summary>
    /// <param name="range">The first day of the first month to the last day of the last month.</param>
    /// <returns><see langword="true"/> on success.</returns>
    public bool ParseMonthRange([NotNullWhen(true)] out DateRange? range) =>
        ParseRange(allowDay: false, "a month or a range of months such as ต.ค. 2565 - ก.ย. 2566", out range);

    /// <summary>Reads a period: a whole fiscal year (<c>ตลอดปีงบประมาณ 2565</c>), a date, a month, or a range of dates
    /// or months.</summary>
    /// <param name="range">The days of the period.</param>
    /// <returns><see langword="true"/> on success.</returns>
    public bool ParsePeriod([NotNullWhen(true)] out DateRange? range)
    {
        range = null;
        SkipSpace();
        var wordLength = MatchAny(WholeYearWords, _pos);
        if (wordLength == 0)
        {
            return ParseRange(allowDay: true, "a period such as 1 ต.ค. 2565 – 30 ก.ย. 2566", out range);
        }

        var word = _pos;
        _pos += wordLength;
        SkipSpace();
        if (!IsYearStart(_pos))
        {
            return Fail(ProblemCodes.Syntax, _pos, $"Expected a fiscal year after \"{_text[word..(word + wordLength)].Trim()}\" at {Where(_pos)}, found {Found(_pos)}");
        }

        var part = new Part { Start = word };
        if (!ReadYear(part) || !ExpectEnd())
        {
            return false;
        }

        range = ThaiCalendar.FiscalYearRange(part.Year + ThaiCalendar.BuddhistEraOffset);
        return true;
    }

    /// <summary>Reads a month name or abbreviation alone.</summary>
    /// <param name="month">The month, 1–12.</param>
    /// <returns><see langword="true"/> on success.</returns>
    public bool ParseMonthName(out int month)
    {
        month = 0;
        if (!BeginNonEmpty("a month name such as มีนาคม or มี.ค."))
        {
            return false;
        }

        var part = new Part();
        if (!TryReadMonth(part))
        {
            return FailMonth(_pos);
        }

        if (!ExpectEnd())
        {
            return false;
        }

        month = part.Month;
        return true;
    }

    private static string Inv(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static string Quote(string text)
    {
        const int Max = 80;
        var shown = text.Length > Max ? string.Concat(text.AsSpan(0, Max - 1), "…") : text;
        return "\"" + shown.Replace('\r', ' ').Replace('\n', ' ').Replace('\t', ' ') + "\"";
    }

    private static string EnglishMonth(int month) => CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month);

    private bool ParseRange(bool allowDay, string expected, [NotNullWhen(true)] out DateRange? range)
    {
        range = null;
        if (!BeginNonEmpty(expected))
        {
            return false;
        }

        SkipWord(FromWords);
        if (!ReadPart(allowDay, requireDay: false, allowPartial: true, out var start))
        {
            return false;
        }

        SkipSpace();
        if (AtEnd)
        {
            if (start.Year == 0)
            {
                return Fail(ProblemCodes.Syntax, _pos, $"Expected a year at {Where(_pos)}, found {Found(_pos)}");
            }

            if (!Resolve(start, first: true, out var first) || !Resolve(start, first: false, out var last))
            {
                return false;
            }

            range = new DateRange(first, last);
            return true;
        }

        var separatorLength = MatchSeparator(_pos);
        if (separatorLength == 0)
        {
            var what = start.Year == 0 ? "a year" : "a range separator (-, –, ถึง) or the end of the text";
            return Fail(ProblemCodes.Syntax, _pos, $"Expected {what} at {Where(_pos)}, found {Found(_pos)}");
        }

        _pos += separatorLength;
        if (!ReadPart(allowDay, requireDay: false, allowPartial: false, out var end) || !ExpectEnd())
        {
            return false;
        }

        if (start.Year == 0)
        {
            if (start.Month == 0)
            {
                start.Month = end.Month;
                start.Year = end.Year;
            }
            else
            {
                // "ต.ค. - มี.ค. 2566": the start is in the previous year when its month comes later.
                start.Year = start.Month > end.Month ? end.Year - 1 : end.Year;
            }
        }

        if (!Resolve(start, first: true, out var from) || !Resolve(end, first: false, out var to))
        {
            return false;
        }

        if (to < from)
        {
            return Fail(ProblemCodes.InvalidRange, end.Start, $"The range ends on {DateRange.Iso(to)} (at {Where(end.Start)}) before it starts on {DateRange.Iso(from)}");
        }

        range = new DateRange(from, to);
        return true;
    }

    /// <summary>Reads one side of a date or month range: <c>[วันที่] day [เดือน] month [พ.ศ.] year</c>,
    /// <c>day/month/year</c>, or <c>[เดือน] month [พ.ศ.] year</c>; with <paramref name="allowPartial"/>, also a part
    /// without year, or a day alone before a range separator.</summary>
    private bool ReadPart(bool allowDay, bool requireDay, bool allowPartial, out Part part)
    {
        SkipSpace();
        part = new Part { Start = _pos };
        var dayWord = MatchAny(DayWords, _pos);
        if (dayWord > 0)
        {
            if (!allowDay)
            {
                return Fail(ProblemCodes.Syntax, _pos, $"Expected a month name at {Where(_pos)}, found {Found(_pos)}; a month range has no days (ต.ค. 2565 - ก.ย. 2566)");
            }

            _pos += dayWord;
            SkipSpace();
        }

        if (IsDigit(_pos))
        {
            if (!allowDay)
            {
                return Fail(ProblemCodes.Syntax, _pos, $"Expected a month name at {Where(_pos)}, found {Found(_pos)}; a month range has no days (ต.ค. 2565 - ก.ย. 2566)");
            }

            var dayPos = _pos;
            var count = ReadDigits(out var day);
            if (count > 2)
            {
                var hint = count == 4 ? "; a year alone is not a date (write 31 มีนาคม 2565, or ปีงบประมาณ 2565 for a fiscal year)" : string.Empty;
                return Fail(ProblemCodes.Syntax, dayPos, $"Expected a day of 1 or 2 digits at {Where(dayPos)}, found {Found(dayPos)}{hint}");
            }

            if (day == 0)
            {
                return Fail(ProblemCodes.InvalidDay, dayPos, $"Day {Found(dayPos)} at {Where(dayPos)} does not exist; days start at 1");
            }

            part.Day = day;
            part.DayPos = dayPos;
            SkipSpace();
            if (!AtEnd && _text[_pos] == '/')
            {
                return ReadNumericDate(part);
            }

            SkipWord(MonthWords);
            if (!TryReadMonth(part))
            {
                if (allowPartial && MatchSeparator(_pos) > 0)
                {
                    return true;
                }

                return FailMonth(_pos);
            }
        }
        else
        {
            if (dayWord > 0 || requireDay)
            {
                return Fail(ProblemCodes.Syntax, _pos, $"Expected a day at {Where(_pos)}, found {Found(_pos)}; a date needs a day, a month and a year (31 มีนาคม 2565)");
            }

            SkipWord(MonthWords);
            if (!TryReadMonth(part))
            {
                return FailMonth(_pos);
            }
        }

        SkipSpace();
        if (IsYearStart(_pos))
        {
            return ReadYear(part);
        }

        return allowPartial || Fail(ProblemCodes.Syntax, _pos, $"Expected a year at {Where(_pos)}, found {Found(_pos)}");
    }

    /// <summary>Reads <c>/month/year</c> after the day of a numeric date (day/month/year, the Thai order).</summary>
    private bool ReadNumericDate(Part part)
    {
        _pos++;
        SkipSpace();
        var monthPos = _pos;
        if (!IsDigit(_pos))
        {
            return Fail(ProblemCodes.Syntax, _pos, $"Expected a month number after '/' at {Where(_pos)}, found {Found(_pos)}");
        }

        var count = ReadDigits(out var month);
        if (count > 2 || month is < 1 or > 12)
        {
            return Fail(ProblemCodes.InvalidMonth, monthPos, $"Month {Found(monthPos)} at {Where(monthPos)} must be between 1 and 12 (dates are written day/month/year)");
        }

        part.Month = month;
        SkipSpace();
        if (AtEnd || _text[_pos] != '/')
        {
            return Fail(ProblemCodes.Syntax, _pos, $"Expected '/' and a year at {Where(_pos)}, found {Found(_pos)}");
        }

        _pos++;
        SkipSpace();
        return IsYearStart(_pos)
            ? ReadYear(part)
            : Fail(ProblemCodes.Syntax, _pos, $"Expected a year at {Where(_pos)}, found {Found(_pos)}");
    }

    /// <summary>Reads <c>[พ.ศ.|ค.ศ.] year</c>: two digits are 25xx BE; four digits ≥ 2400 are BE; four digits below
    /// 2400 are CE only after ค.ศ. or when the caller allows it.</summary>
    private bool ReadYear(Part part)
    {
        var era = ' ';
        var eraWord = MatchAny(BuddhistEraWords, _pos);
        if (eraWord > 0)
        {
            era = 'B';
        }
        else
        {
            eraWord = MatchAny(CommonEraWords, _pos);
            era = eraWord > 0 ? 'C' : ' ';
        }

        var eraName = era == 'B' ? "พ.ศ." : "ค.ศ.";
        _pos += eraWord;
        SkipSpace();
        var yearPos = _pos;
        if (!IsDigit(_pos))
        {
            return Fail(ProblemCodes.Syntax, _pos, $"Expected a year after {eraName} at {Where(_pos)}, found {Found(_pos)}");
        }

        var count = ReadDigits(out var n);
        var at = Where(yearPos);
        int year;
        if (count == 2)
        {
            if (era == 'C')
            {
                return Fail(ProblemCodes.InvalidYear, yearPos, $"A two-digit year after ค.ศ. at {at} is not accepted; write the four-digit year");
            }

            year = 2500 + n - ThaiCalendar.BuddhistEraOffset;
        }
        else if (count != 4)
        {
            return Fail(ProblemCodes.InvalidYear, yearPos, Inv($"A year must have 2 or 4 digits; found {count} digits {Found(yearPos)} at {at}"));
        }
        else if (era == 'C')
        {
            if (n >= FirstBuddhistFourDigitYear)
            {
                return Fail(ProblemCodes.InvalidYear, yearPos, Inv($"Year {n} after ค.ศ. at {at} looks like a Buddhist Era year (พ.ศ. {n} = ค.ศ. {n - ThaiCalendar.BuddhistEraOffset})"));
            }

            year = n;
        }
        else if (n >= FirstBuddhistFourDigitYear)
        {
            year = n - ThaiCalendar.BuddhistEraOffset;
        }
        else if (era == 'B')
        {
            return Fail(ProblemCodes.CommonEraYear, yearPos, Inv($"Year {n} after พ.ศ. at {at} is below {FirstBuddhistFourDigitYear}; it looks like a Common Era year (ค.ศ. {n} = พ.ศ. {n + ThaiCalendar.BuddhistEraOffset})"));
        }
        else if (_allowCommonEra)
        {
            year = n;
        }
        else
        {
            return Fail(ProblemCodes.CommonEraYear, yearPos, Inv($"Year {n} at {at} is below {FirstBuddhistFourDigitYear}, so it is not read as a Buddhist Era year; it looks like a Common Era year (ค.ศ. {n} = พ.ศ. {n + ThaiCalendar.BuddhistEraOffset}). Write {n + ThaiCalendar.BuddhistEraOffset}, write ค.ศ. {n}, or set ThaiParseOptions.AllowCommonEraYears"));
        }

        if (year < 1)
        {
            return Fail(ProblemCodes.InvalidYear, yearPos, $"Year {Found(yearPos)} at {at} does not exist");
        }

        part.Year = year;
        part.YearPos = yearPos;
        return true;
    }

    private bool Resolve(Part part, bool first, out DateOnly date)
    {
        date = default;
        if (part.Year < 1)
        {
            return Fail(ProblemCodes.InvalidYear, part.Start, $"The year before the year at {Where(part.YearPos)} does not exist");
        }

        var days = DateTime.DaysInMonth(part.Year, part.Month);
        if (part.Day == 0)
        {
            date = new DateOnly(part.Year, part.Month, first ? 1 : days);
            return true;
        }

        if (part.Day > days)
        {
            return Fail(ProblemCodes.InvalidDay, part.DayPos, Inv($"Day {part.Day} at {Where(part.DayPos)} does not exist in {ThaiText.FullMonth(part.Month)} {part.Year + ThaiCalendar.BuddhistEraOffset} ({EnglishMonth(part.Month)} {part.Year}), which has {days} days"));
        }

        date = new DateOnly(part.Year, part.Month, part.Day);
        return true;
    }

    private bool TryReadMonth(Part part)
    {
        var best = 0;
        var month = 0;
        foreach (var (form, m) in ThaiText.MonthForms)
        {
            var length = MatchWord(_pos, form);
            if (length > best)
            {
                best = length;
                month = m;
            }
        }

        if (best == 0)
        {
            return false;
        }

        part.Month = month;
        part.MonthPos = _pos;
        _pos += best;
        return true;
    }

    private bool FailMonth(int at)
    {
        if (at < _text.Length && IsYearStart(at) && !IsDigit(at))
        {
            return Fail(ProblemCodes.Syntax, at, $"Expected a month name at {Where(at)}, found {Found(at)}; a year alone is not a date (write 31 มีนาคม 2565, or ปีงบประมาณ 2565 for a fiscal year)");
        }

        if (at < _text.Length && ThaiText.IsThaiLetter(_text[at]))
        {
            return Fail(ProblemCodes.UnknownMonth, at, $"Unknown month name {Found(at)} at {Where(at)}; expected a Thai month name such as มกราคม or ม.ค.");
        }

        return Fail(ProblemCodes.Syntax, at, $"Expected a month name at {Where(at)}, found {Found(at)}");
    }

    private bool BeginNonEmpty(string expected)
    {
        _pos = 0;
        Problem = null;
        SkipSpace();
        return !AtEnd || Fail(ProblemCodes.Empty, 0, $"The text is empty; expected {expected}", quoteInput: false);
    }

    private bool ExpectEnd()
    {
        SkipSpace();
        return AtEnd || Fail(ProblemCodes.Syntax, _pos, $"Unexpected text {Found(_pos)} at {Where(_pos)}; expected the end of the text");
    }

    private bool Fail(string code, int at, string message, bool quoteInput = true)
    {
        var (line, column) = LineColumn(at);
        Problem = new ValidationProblem(code, _path, quoteInput ? message + " (in " + Quote(_text) + ")." : message + ".", line, column);
        return false;
    }

    private (int Line, int Column) LineColumn(int at)
    {
        at = Math.Clamp(at, 0, _text.Length);
        var before = _text.AsSpan(0, at);
        var line = 1 + before.Count('\n');
        var lineStart = before.LastIndexOf('\n') + 1;
        return (line, at - lineStart + 1);
    }

    /// <summary>Where a position is, for messages: <c>column 5</c>, or <c>line 2, column 5</c> in a multi-line text.</summary>
    private string Where(int at)
    {
        var (line, column) = LineColumn(at);
        return _text.Contains('\n', StringComparison.Ordinal)
            ? Inv($"line {line}, column {column}")
            : Inv($"column {column}");
    }

    /// <summary>What is at a position, for messages: a quoted run of digits or of other non-space characters, or
    /// <c>the end of the text</c>.</summary>
    private string Found(int at)
    {
        if (at >= _text.Length)
        {
            return "the end of the text";
        }

        var digits = ThaiText.DigitValue(_text[at]) >= 0;
        var end = at;
        while (end < _text.Length && end - at < 20 && !ThaiText.IsSpace(_text[end]) && (ThaiText.DigitValue(_text[end]) >= 0) == digits)
        {
            end++;
        }

        return "\"" + _text[at..end] + "\"";
    }

    private void SkipSpace()
    {
        while (!AtEnd && ThaiText.IsSpace(_text[_pos]))
        {
            _pos++;
        }
    }

    private void SkipWord(string[] words)
    {
        var length = MatchAny(words, _pos);
        if (length > 0)
        {
            _pos += length;
            SkipSpace();
        }
    }

    private bool IsDigit(int at) => at < _text.Length && ThaiText.DigitValue(_text[at]) >= 0;

    private bool IsYearStart(int at) =>
        IsDigit(at) || MatchAny(BuddhistEraWords, at) > 0 || MatchAny(CommonEraWords, at) > 0;

    /// <summary>Reads a run of digits; the value saturates after 9 digits (callers reject such runs by length).</summary>
    private int ReadDigits(out int value)
    {
        value = 0;
        var count = 0;
        while (!AtEnd && ThaiText.DigitValue(_text[_pos]) is var d and >= 0)
        {
            if (count < 9)
            {
                value = (value * 10) + d;
            }

            count++;
            _pos++;
        }

        return count;
    }

    private int ReadDigitsInto(StringBuilder ascii)
    {
        var count = 0;
        while (!AtEnd && ThaiText.DigitValue(_text[_pos]) is var d and >= 0)
        {
            ascii.Append((char)('0' + d));
            count++;
            _pos++;
        }

        return count;
    }

    private int MatchSeparator(int at)
    {
        if (at >= _text.Length)
        {
            return 0;
        }

        // Hyphen-minus, hyphen, non-breaking hyphen, figure dash, en dash, em dash, minus sign, tilde.
        return _text[at] is '-' or '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2212' or '~'
            ? 1
            : MatchAny(RangeWords, at);
    }

    private int MatchAny(string[] words, int at)
    {
        var best = 0;
        foreach (var word in words)
        {
            best = Math.Max(best, MatchWord(at, word));
        }

        return best;
    }

    /// <summary>The length of the text at <paramref name="at"/> that spells <paramref name="word"/> (Thai letters
    /// only), tolerating dots, commas and spaces between letters, a tone mark typed before its vowel, and one
    /// trailing dot or comma; 0 when it does not match.</summary>
    private int MatchWord(int at, string word)
    {
        var i = at;
        for (var k = 0; k < word.Length; k++)
        {
            if (k > 0)
            {
                while (i < _text.Length && (_text[i] is '.' or ',' || ThaiText.IsSpace(_text[i])))
                {
                    i++;
                }
            }

            if (i >= _text.Length)
            {
                return 0;
            }

            if (_text[i] == word[k])
            {
                i++;
            }
            else if (k + 1 < word.Length && ThaiText.IsToneMark(word[k + 1]) && i + 1 < _text.Length
                && _text[i] == word[k + 1] && _text[i + 1] == word[k])
            {
                // A tone mark typed before its vowel (ท่ี for ที่), as some PDF extractions produce.
                i += 2;
                k++;
            }
            else
            {
                return 0;
            }
        }

        if (i < _text.Length && _text[i] is '.' or ',')
        {
            i++;
        }

        return i - at;
    }

    /// <summary>One side of a date or month range as read; zero means absent. <see cref="Year"/> is Common Era.</summary>
    private sealed class Part
    {
        public int Start;
        public int Day;
        public int DayPos;
        public int Month;
        public int MonthPos;
        public int Year;
        public int YearPos;
    }
}
