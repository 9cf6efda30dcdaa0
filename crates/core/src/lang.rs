//! The five languages the assessment speaks, and which one a visitor gets (the URL, then the
//! browser's preferences, then English). Plain facts about each language only: its texts are in
//! [`crate::locale`].

/// A language the assessment speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    /// English, compiled in.
    #[default]
    En,
    /// French.
    Fr,
    /// German.
    De,
    /// Spanish.
    Es,
    /// Arabic, written right to left.
    Ar,
}

impl Lang {
    /// Every language, in the switcher's order.
    pub const ALL: [Lang; 5] = [Lang::En, Lang::Fr, Lang::De, Lang::Es, Lang::Ar];

    /// The BCP 47 code, as in `<html lang>` and the `lang` URL parameter.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Fr => "fr",
            Lang::De => "de",
            Lang::Es => "es",
            Lang::Ar => "ar",
        }
    }

    /// The language's name in itself, as the switcher lists it.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Fr => "Français",
            Lang::De => "Deutsch",
            Lang::Es => "Español",
            Lang::Ar => "العربية",
        }
    }

    /// Whether the script runs right to left.
    pub fn is_rtl(self) -> bool {
        self == Lang::Ar
    }

    /// `ltr` or `rtl`, as in `<html dir>`.
    pub fn dir(self) -> &'static str {
        if self.is_rtl() {
            "rtl"
        } else {
            "ltr"
        }
    }

    /// The language of a tag such as `fr`, `fr-CA` or `AR_eg` (its primary subtag); `None` when it
    /// is not one of ours.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.trim().split(['-', '_']).next()?;
        Lang::ALL
            .into_iter()
            .find(|lang| primary.eq_ignore_ascii_case(lang.code()))
    }

    /// The language to use: the URL's `lang`, else the first of the browser's preferred languages
    /// that we have, else English.
    pub fn negotiate(param: Option<Lang>, preferred: &[String]) -> Lang {
        param
            .or_else(|| preferred.iter().find_map(|tag| Lang::from_tag(tag)))
            .unwrap_or_default()
    }
}
