//! Embedding configuration from the page URL's query string: every parameter is parsed into a typed
//! value, and an invalid one is ignored with a warning (never an error), as an embedding host expects.
//!
//! Nothing personal belongs in a URL, so `id` accepts only a short opaque token.

use super::bank::Form;
use super::locale::Lang;

/// Colour scheme.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Theme {
    /// Follow `prefers-color-scheme`.
    #[default]
    Auto,
    /// Always light.
    Light,
    /// Always dark.
    Dark,
}

/// Where progress is kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum StorageChoice {
    /// Probe localStorage, then sessionStorage, then memory.
    #[default]
    Auto,
    /// localStorage only.
    Local,
    /// sessionStorage only.
    Session,
    /// Nothing kept.
    Memory,
    /// Kept by the allow-listed host (state messages).
    Host,
}

/// Whether to look for an LMS runtime.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum LmsChoice {
    /// Look for a SCORM API and run standalone without one.
    #[default]
    Auto,
    /// SCORM 1.2.
    Scorm12,
    /// Never talk to an LMS.
    Off,
}

/// The URL parameter that names the hosts allowed to receive progress and scores: a page with it
/// is hosted (the full module runs it, with the host edge).
pub const PARENT_ORIGIN_PARAMETER: &str = "parentOrigin";
/// The URL parameter that says whether to look for an LMS.
pub const LMS_PARAMETER: &str = "lms";
/// [`LMS_PARAMETER`]'s value for a SCORM 1.2 launch: such a page is hosted too.
pub const SCORM12: &str = "scorm12";

/// The whole configuration; `Config::default()` is what a plain link gets.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Config {
    /// The form to take, skipping the choice (`form`).
    pub form: Option<Form>,
    /// The colour scheme (`theme`).
    pub theme: Theme,
    /// An accent colour as `#rrggbb` (`accent`).
    pub accent: Option<String>,
    /// Whether the intro screen is shown (`intro`).
    pub intro: bool,
    /// Exact origins allowed to receive private messages (`parentOrigin`, space-separated).
    pub parent_origins: Vec<String>,
    /// An opaque id echoed in every message (`id`).
    pub id: Option<String>,
    /// Where progress is kept (`storage`).
    pub storage: StorageChoice,
    /// Whether to talk to an LMS (`lms`).
    pub lms: LmsChoice,
    /// The language, overriding the browser's preference (`lang`).
    pub lang: Option<Lang>,
}

impl Default for Config {
    fn default() -> Config {
        Config {
            form: None,
            theme: Theme::Auto,
            accent: None,
            intro: true,
            parent_origins: Vec::new(),
            id: None,
            storage: StorageChoice::Auto,
            lms: LmsChoice::Auto,
            lang: None,
        }
    }
}

/// A parameter that was ignored, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Warning {
    /// The parameter's name.
    pub parameter: String,
    /// The value as received (decoded).
    pub value: String,
    /// What a valid value looks like.
    pub expected: &'static str,
}

/// The longest `id` accepted.
pub const MAX_ID_LEN: usize = 64;

/// Parses a query string (with or without the leading `?`). Unknown parameters are left for the
/// host page's own use; for repeated ones the last wins.
pub fn parse(query: &str) -> (Config, Vec<Warning>) {
    read::<true>(query)
}

/// [`parse`] for a page of its own, which no host or LMS runs: `parentOrigin`, `id` and `lms` are
/// left alone (they are read where they count, and the first-load module's wasm goes without them).
pub fn parse_own_page(query: &str) -> (Config, Vec<Warning>) {
    read::<false>(query)
}

fn read<const HOSTED: bool>(query: &str) -> (Config, Vec<Warning>) {
    let mut config = Config::default();
    let mut warnings = Vec::new();
    for pair in query
        .trim_start_matches('?')
        .split('&')
        .filter(|p| !p.is_empty())
    {
        let (name, raw) = pair.split_once('=').unwrap_or((pair, ""));
        let (Some(name), Some(value)) = (percent_decode(name), percent_decode(raw)) else {
            warnings.push(Warning {
                parameter: pair.to_string(),
                value: String::new(),
                expected: "valid percent-encoding",
            });
            continue;
        };
        let mut invalid = |expected: &'static str| {
            warnings.push(Warning {
                parameter: name.clone(),
                value: value.clone(),
                expected,
            })
        };
        match name.as_str() {
            "form" => match value.as_str() {
                "short" => config.form = Some(Form::Short),
                "full" => config.form = Some(Form::Full),
                _ => invalid("short or full"),
            },
            "theme" => match value.as_str() {
                "auto" => config.theme = Theme::Auto,
                "light" => config.theme = Theme::Light,
                "dark" => config.theme = Theme::Dark,
                _ => invalid("light, dark or auto"),
            },
            "accent" => match hex_colour(&value) {
                Some(colour) => config.accent = Some(colour),
                None => invalid("a hex colour such as #3f37c9 or 3f37c9"),
            },
            "intro" => match value.as_str() {
                "on" => config.intro = true,
                "off" => config.intro = false,
                _ => invalid("on or off"),
            },
            PARENT_ORIGIN_PARAMETER | "id" | LMS_PARAMETER if !HOSTED => {}
            PARENT_ORIGIN_PARAMETER => {
                let mut origins = Vec::new();
                let mut all_valid = true;
                for text in value.split_whitespace() {
                    match origin(text) {
                        Some(o) => origins.push(o),
                        None => all_valid = false,
                    }
                }
                if all_valid && !origins.is_empty() {
                    config.parent_origins = origins;
                } else {
                    invalid("space-separated origins such as https://lms.example.org");
                }
            }
            "id" => {
                let ok = (1..=MAX_ID_LEN).contains(&value.len())
                    && value
                        .bytes()
                        .all(|b| b.is_ascii_alphanumeric() || b"-_.:".contains(&b));
                if ok {
                    config.id = Some(value.clone());
                } else {
                    invalid("1 to 64 letters, digits, '-', '_', '.' or ':'");
                }
            }
            "storage" => match value.as_str() {
                "auto" => config.storage = StorageChoice::Auto,
                "local" => config.storage = StorageChoice::Local,
                "session" => config.storage = StorageChoice::Session,
                "memory" => config.storage = StorageChoice::Memory,
                "host" => config.storage = StorageChoice::Host,
                _ => invalid("auto, local, session, memory or host"),
            },
            "lang" => match Lang::from_tag(&value) {
                Some(lang) => config.lang = Some(lang),
                None => invalid("en, fr, de, es or ar"),
            },
            LMS_PARAMETER => match value.as_str() {
                "auto" => config.lms = LmsChoice::Auto,
                SCORM12 => config.lms = LmsChoice::Scorm12,
                "off" => config.lms = LmsChoice::Off,
                _ => invalid("auto, scorm12 or off"),
            },
            _ => {}
        }
    }
    (config, warnings)
}

/// The value of one hexadecimal digit.
fn hex_digit(byte: u8) -> Option<u8> {
    match byte {
        b'0'..=b'9' => Some(byte - b'0'),
        b'a'..=b'f' => Some(byte - b'a' + 10),
        b'A'..=b'F' => Some(byte - b'A' + 10),
        _ => None,
    }
}

/// `#rgb`, `#rrggbb`, `rgb` or `rrggbb` (any case), as lowercase `#rrggbb`.
fn hex_colour(value: &str) -> Option<String> {
    let digits = value.strip_prefix('#').unwrap_or(value);
    if !digits.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    let digits = digits.to_ascii_lowercase();
    match digits.len() {
        6 => Some(format!("#{digits}")),
        3 => Some(digits.chars().fold(String::from("#"), |mut out, c| {
            out.push(c);
            out.push(c);
            out
        })),
        _ => None,
    }
}

/// An exact origin: `http(s)://host[:port]`, lowercase, with no path, query, user or wildcard.
fn origin(value: &str) -> Option<String> {
    // Byte-wise prefix checks and a hand-rolled port check keep the app's wasm free of substring
    // search and integer parsing, which this is the only user of.
    let lower = value.to_ascii_lowercase();
    let (scheme, rest) = match lower.strip_prefix("https://") {
        Some(rest) => ("https", rest),
        None => ("http", lower.strip_prefix("http://")?),
    };
    let rest = rest.strip_suffix('/').unwrap_or(rest);
    let (host, port) = if rest.ends_with(']') {
        (rest, None)
    } else {
        match rest.rsplit_once(':') {
            Some((host, port)) => (host, Some(port)),
            None => (rest, None),
        }
    };
    let host_ok = match host.strip_prefix('[').and_then(|h| h.strip_suffix(']')) {
        // An IPv6 literal.
        Some(inner) => {
            !inner.is_empty() && inner.bytes().all(|b| b.is_ascii_hexdigit() || b == b':')
        }
        None => {
            !host.is_empty()
                && host
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'.')
                && !host.starts_with('.')
                && !host.ends_with('.')
        }
    };
    let port_ok = port.is_none_or(|p| {
        let number = p.bytes().try_fold(0u32, |n, b| {
            b.is_ascii_digit()
                .then(|| n * 10 + u32::from(b - b'0'))
                .filter(|&n| n <= 65_535)
        });
        !p.is_empty() && p.len() <= 5 && number.is_some_and(|n| n > 0)
    });
    // Browsers leave a scheme's default port out of `event.origin`, so the list does too.
    let port = port.filter(|p| !matches!((scheme, *p), ("https", "443") | ("http", "80")));
    (host_ok && port_ok).then(|| match port {
        Some(port) => format!("{scheme}://{host}:{port}"),
        None => format!("{scheme}://{host}"),
    })
}

/// Decodes `application/x-www-form-urlencoded` text (`+` is a space); `None` for bad escapes or UTF-8.
fn percent_decode(text: &str) -> Option<String> {
    let mut bytes = Vec::with_capacity(text.len());
    let mut input = text.bytes();
    while let Some(b) = input.next() {
        match b {
            b'+' => bytes.push(b' '),
            b'%' => {
                let high = hex_digit(input.next()?)?;
                bytes.push(high * 16 + hex_digit(input.next()?)?);
            }
            b => bytes.push(b),
        }
    }
    String::from_utf8(bytes).ok()
}

/// The text colour for buttons filled with `accent` (`#rrggbb`): black or white, whichever has
/// the higher WCAG contrast ratio with it (to within 1% where the two are nearly equal).
pub fn accent_ink(accent: &str) -> &'static str {
    let bytes = accent.as_bytes();
    let channel = |i: usize| {
        let digit = |j: usize| bytes.get(j).copied().and_then(hex_digit).unwrap_or(0);
        let value = f64::from(digit(i) * 16 + digit(i + 1)) / 255.0;
        if value <= 0.040_45 {
            value / 12.92
        } else {
            // x^2.4 as x^(2 + 1/4 + 1/8 + 1/64 + 1/128), x^2.3984, within 0.2%: square roots are
            // single wasm instructions, while `powf` would bring a 2 KB software pow into the app.
            let x = (value + 0.055) / 1.055;
            let mut roots = [x; 8];
            for k in 1..8 {
                roots[k] = roots[k - 1].sqrt();
            }
            x * x * roots[2] * roots[3] * roots[6] * roots[7]
        }
    };
    let luminance = 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
    // Contrast with black is (L + 0.05) / 0.05, with white 1.05 / (L + 0.05): equal at L ≈ 0.179.
    if (luminance + 0.05) * (luminance + 0.05) > 0.05 * 1.05 {
        "#000000"
    } else {
        "#ffffff"
    }
}
