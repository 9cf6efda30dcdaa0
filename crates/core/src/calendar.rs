//! A check-in reminder as an iCalendar file (RFC 5545): one all-day event on a date the person
//! picks, whose link retakes the same form with the earlier result code, so the comparison of
//! before and after appears at the end.
//!
//! Pure: the date, the time stamp and the texts are values the caller passes in. The file has CRLF
//! line endings, lines folded at 75 octets (never inside a UTF-8 character), and TEXT values with
//! `\`, `;`, `,` and line breaks escaped.

/// The longest link a reminder carries: far above any app address with a result code.
pub const MAX_LINK: usize = 2_000;
/// The longest text (summary or description) a reminder carries, in bytes.
pub const MAX_TEXT: usize = 2_000;

/// A calendar date, checked (from 2000 to 2999, a day the month has).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Date {
    year: u16,
    month: u8,
    day: u8,
}

impl Date {
    /// A date from its parts; `None` for a day the month does not have or a year out of range.
    pub fn new(year: u16, month: u8, day: u8) -> Option<Date> {
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
        let days = match month {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 if leap => 29,
            2 => 28,
            _ => return None,
        };
        ((2000..=2999).contains(&year) && (1..=days).contains(&day)).then_some(Date {
            year,
            month,
            day,
        })
    }

    /// Reads `YYYY-MM-DD` (what a date field gives); anything else is `None`.
    pub fn parse(text: &str) -> Option<Date> {
        let text = text.trim();
        let bytes = text.as_bytes();
        if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
            return None;
        }
        let number = |range: std::ops::Range<usize>| -> Option<u16> {
            let part = text.get(range)?;
            part.bytes()
                .all(|b| b.is_ascii_digit())
                .then(|| part.parse().ok())?
        };
        Date::new(
            number(0..4)?,
            u8::try_from(number(5..7)?).ok()?,
            u8::try_from(number(8..10)?).ok()?,
        )
    }

    /// `YYYY-MM-DD`.
    pub fn iso(&self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }

    /// `YYYYMMDD`, the iCalendar DATE form.
    fn basic(&self) -> String {
        format!("{:04}{:02}{:02}", self.year, self.month, self.day)
    }
}

/// A moment in UTC, to the second (the file's DTSTAMP).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Stamp {
    date: Date,
    seconds: u32,
}

impl Stamp {
    /// Reads an ISO 8601 UTC time as a browser writes it (`2026-12-08T09:30:00.000Z`, the
    /// fraction optional); anything else is `None`.
    pub fn parse(text: &str) -> Option<Stamp> {
        let text = text.trim();
        let date = Date::parse(text.get(..10)?)?;
        let rest = text.get(10..)?.strip_prefix('T')?.strip_suffix('Z')?;
        let (time, fraction) = rest.split_once('.').unwrap_or((rest, "0"));
        if fraction.is_empty()
            || fraction.len() > 9
            || !fraction.bytes().all(|b| b.is_ascii_digit())
        {
            return None;
        }
        let parts: Vec<&str> = time.split(':').collect();
        let [h, m, s] = parts.as_slice() else {
            return None;
        };
        let field = |part: &str, below: u32| -> Option<u32> {
            (part.len() == 2 && part.bytes().all(|b| b.is_ascii_digit()))
                .then(|| part.parse().ok().filter(|&n| n < below))?
        };
        let seconds = field(h, 24)? * 3600 + field(m, 60)? * 60 + field(s, 60)?;
        Some(Stamp { date, seconds })
    }

    /// `YYYYMMDDTHHMMSSZ`, the iCalendar UTC DATE-TIME form.
    fn basic(&self) -> String {
        let s = self.seconds;
        format!(
            "{}T{:02}{:02}{:02}Z",
            self.date.basic(),
            s / 3600,
            s / 60 % 60,
            s % 60
        )
    }
}

/// What a check-in reminder holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reminder<'a> {
    /// The day of the check-in (an all-day event).
    pub date: Date,
    /// When the file was made.
    pub made: Stamp,
    /// The event's title, in the person's language.
    pub summary: &'a str,
    /// The event's description, in the person's language; the link is added on a line of its own.
    pub description: &'a str,
    /// The link that retakes the same form with the earlier code.
    pub link: &'a str,
}

/// Why a reminder was not written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReminderError {
    /// The link is not an http(s) address, holds a space or control character, or is too long.
    BadLink,
    /// A text is empty or too long.
    BadText,
}

/// A TEXT value with `\`, `;`, `,` and line breaks escaped (RFC 5545 §3.3.11); carriage returns
/// and other control characters are dropped.
pub fn escape_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// One content line, folded at 75 octets (RFC 5545 §3.1): each continuation starts with a space,
/// and no UTF-8 character is split. Ends with CRLF.
pub fn fold(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + line.len() / 70 * 3 + 2);
    let mut used = 0;
    for c in line.chars() {
        if used + c.len_utf8() > 75 {
            out.push_str("\r\n ");
            used = 1;
        }
        out.push(c);
        used += c.len_utf8();
    }
    out.push_str("\r\n");
    out
}

/// The reminder as an `.ics` file: a VCALENDAR with one all-day VEVENT.
pub fn ics(reminder: &Reminder<'_>) -> Result<String, ReminderError> {
    let link = reminder.link;
    let link_ok = link.len() <= MAX_LINK
        && (link.starts_with("https://") || link.starts_with("http://"))
        && !link.chars().any(|c| c.is_whitespace() || c.is_control());
    if !link_ok {
        return Err(ReminderError::BadLink);
    }
    let text_ok = |t: &str| !t.trim().is_empty() && t.len() <= MAX_TEXT;
    if !text_ok(reminder.summary) || !text_ok(reminder.description) {
        return Err(ReminderError::BadText);
    }
    let stamp = reminder.made.basic();
    let description = format!("{}\n{link}", reminder.description.trim());
    let lines = [
        "BEGIN:VCALENDAR".to_string(),
        "VERSION:2.0".to_string(),
        "PRODID:-//Leadership Radar//Check-in reminder//EN".to_string(),
        "CALSCALE:GREGORIAN".to_string(),
        "METHOD:PUBLISH".to_string(),
        "BEGIN:VEVENT".to_string(),
        format!(
            "UID:checkin-{}-{stamp}@leadership-radar.invalid",
            reminder.date.basic()
        ),
        format!("DTSTAMP:{stamp}"),
        format!("DTSTART;VALUE=DATE:{}", reminder.date.basic()),
        format!("SUMMARY:{}", escape_text(reminder.summary.trim())),
        format!("DESCRIPTION:{}", escape_text(&description)),
        format!("URL:{link}"),
        "TRANSP:TRANSPARENT".to_string(),
        "END:VEVENT".to_string(),
        "END:VCALENDAR".to_string(),
    ];
    Ok(lines.iter().map(|line| fold(line)).collect())
}
