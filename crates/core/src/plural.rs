//! CLDR cardinal plural rules for the five languages, so a text can say "1 point" and "5 points",
//! or in Arabic pick among six forms ("نقطة واحدة", "نقطتين", "5 نقاط", "15 نقطة" …).
//!
//! A translation chooses its words with a Fluent select on the number (`{ $points -> [one] …
//! *[other] … }`); [`crate::text::fill`] picks the variant by [`category`]. The rules are CLDR 46's
//! (<https://www.unicode.org/cldr/charts/46/supplemental/language_plural_rules.html>), written out
//! here because they are small and the app links no plural library:
//!
//! | language | rule |
//! |---|---|
//! | en, de | one: `i = 1 and v = 0`; other |
//! | fr | one: `i = 0,1`; many: `e = 0 and i != 0 and i % 1000000 = 0 and v = 0`; other |
//! | es | one: `n = 1`; many: as French; other |
//! | ar | zero: `n = 0`; one: `n = 1`; two: `n = 2`; few: `n % 100 = 3..10`; many: `n % 100 = 11..99`; other |
//!
//! French and Spanish "many" is for round millions ("1 million de points"): kept to follow CLDR,
//! though no number the app shows reaches it. The exponent `e` is always 0: the app never writes a
//! number in compact notation ("1,2 M").
//!
//! CLDR defines the rule's operands on the number as it is written, so a category is taken from
//! the written number: "1" is `one` in English, "1.0" is `other` (`v = 1`).

use super::lang::Lang;

/// A CLDR plural category.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Category {
    /// `zero` (Arabic 0).
    Zero,
    /// `one` (1; in French also 0).
    One,
    /// `two` (Arabic 2).
    Two,
    /// `few` (Arabic 3–10, and 103–110 …).
    Few,
    /// `many` (Arabic 11–99 …; French and Spanish round millions).
    Many,
    /// `other`: every other number, and the form a select falls back to.
    Other,
}

impl Category {
    /// Every category, in CLDR's order.
    pub const ALL: [Category; 6] = [
        Category::Zero,
        Category::One,
        Category::Two,
        Category::Few,
        Category::Many,
        Category::Other,
    ];

    /// The name a Fluent variant key gives it (`one`).
    pub fn id(self) -> &'static str {
        match self {
            Category::Zero => "zero",
            Category::One => "one",
            Category::Two => "two",
            Category::Few => "few",
            Category::Many => "many",
            Category::Other => "other",
        }
    }

    /// The category named `id`, if it is one.
    pub fn from_id(id: &str) -> Option<Category> {
        Category::ALL.into_iter().find(|c| c.id() == id)
    }
}

/// The categories `lang`'s rule can give, in CLDR's order: the variants a select of that language
/// may have (besides exact numbers).
pub fn categories(lang: Lang) -> &'static [Category] {
    use Category::*;
    match lang {
        Lang::En | Lang::De => &[One, Other],
        Lang::Fr | Lang::Es => &[One, Many, Other],
        Lang::Ar => &[Zero, One, Two, Few, Many, Other],
    }
}

/// A written number's CLDR operands: `i`, the integer digits, and `v` and `f`, the count and the
/// value of the visible fraction digits (`n` is `i` when `f` is 0). The app writes no negative
/// number where a text counts something.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Operands {
    /// The integer part.
    pub i: u64,
    /// How many fraction digits are written.
    pub v: u32,
    /// The fraction digits as a number (`62.50` gives 50).
    pub f: u64,
}

impl Operands {
    /// The operands of `written`: digits with at most one decimal separator (`.` or `,`, as the
    /// languages write it) between digits; `None` for anything else (a sign, a space, a word, more
    /// than 18 digits), which is not a number the app writes.
    pub fn of(written: &str) -> Option<Operands> {
        // A byte loop: a pattern search or an overflow check would cost the first load more.
        let mut number = Operands { i: 0, v: 0, f: 0 };
        let (mut digits, mut fraction) = (0, false);
        for byte in written.bytes() {
            match byte {
                b'0'..=b'9' if digits < 18 => {
                    let digit = u64::from(byte - b'0');
                    let part = if fraction {
                        &mut number.f
                    } else {
                        &mut number.i
                    };
                    *part = *part * 10 + digit;
                    number.v += u32::from(fraction);
                    digits += 1;
                }
                b'.' | b',' if digits > 0 && !fraction => fraction = true,
                _ => return None,
            }
        }
        (digits > 0 && (!fraction || number.v > 0)).then_some(number)
    }

    /// Whether the number is exactly `whole` (`1`, `1.0` and `1,00` are all 1).
    pub fn is(self, whole: u64) -> bool {
        self.i == whole && self.f == 0
    }
}

/// The category of `number` in `lang`.
pub fn category(lang: Lang, number: Operands) -> Category {
    let Operands { i, v, f } = number;
    let million = i != 0 && i % 1_000_000 == 0 && v == 0;
    match lang {
        Lang::En | Lang::De if i == 1 && v == 0 => Category::One,
        Lang::Fr if i <= 1 => Category::One,
        Lang::Es if number.is(1) => Category::One,
        Lang::Fr | Lang::Es if million => Category::Many,
        // `n % 100 = 3..10` holds for whole values only, such as 3 and 103 (and 3.0).
        Lang::Ar if f == 0 => match (i, i % 100) {
            (0, _) => Category::Zero,
            (1, _) => Category::One,
            (2, _) => Category::Two,
            (_, 3..=10) => Category::Few,
            (_, 11..=99) => Category::Many,
            _ => Category::Other,
        },
        _ => Category::Other,
    }
}
