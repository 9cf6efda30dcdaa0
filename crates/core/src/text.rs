//! Interface strings, one typed struct per part of the app (its keys are the Fluent message ids of
//! the content crate's `data/locales/<lang>.ftl`), so a missing or misspelt key fails the build;
//! and the filling of `{placeholder}`s, with the variant a number's plural form asks for.

use super::lang::Lang;
use super::plural::{self, Category, Operands};

macro_rules! ui_text {
    ($(#[$doc:meta])* $name:ident in $keys:ident { $($key:ident),* $(,)? }) => {
        /// The position of each text in the struct's array.
        #[allow(non_camel_case_types, clippy::enum_variant_names)]
        mod $keys {
            pub(super) enum Key { $($key,)* }
            pub(super) const LEN: usize = [$(stringify!($key)),*].len();
        }

        $(#[$doc])*
        // An array rather than a field per key: a translation's texts, read in order, move in as
        // one block (a field-by-field move costs the app kilobytes for 150 keys).
        #[derive(Debug, Clone, PartialEq, Eq)]
        pub struct $name {
            texts: [&'static str; $keys::LEN],
        }

        impl $name {
            /// Every key, in declaration order.
            pub const KEYS: &'static [&'static str] = &[$(stringify!($key)),*];

            $(
                #[allow(missing_docs)]
                #[inline]
                pub fn $key(&self) -> &'static str {
                    self.texts[$keys::Key::$key as usize]
                }
            )*

            /// The texts in declaration order (as `build.rs` writes the English ones).
            pub const fn from_array(texts: [&'static str; $keys::LEN]) -> $name {
                $name { texts }
            }

            /// Every value in declaration order, from `texts`, which holds exactly one per key.
            pub fn from_texts(texts: &[&'static str]) -> Option<$name> {
                Some($name { texts: texts.try_into().ok()? })
            }

            /// Every value with its key, in declaration order.
            pub fn entries(&self) -> Vec<(&'static str, &'static str)> {
                Self::KEYS.iter().copied().zip(self.texts).collect()
            }
        }
    };
}

ui_text! {
    /// Every string of the first-load module's screens (the intro, the statements, the notices
    /// and the page's frame): the screens' keys that are not [`ScreenText`]'s. They count nothing,
    /// so they hold no select and are filled with [`substitute`].
    UiText in ui_keys {
        app_title,
        skip_to_content,
        language_label,
        intro_heading,
        intro_lead,
        intro_is,
        intro_is_not,
        intro_privacy,
        intro_privacy_shared,
        intro_privacy_host,
        intro_privacy_lms,
        storage_local,
        storage_session,
        storage_memory,
        intro_how,
        short_form_name,
        short_form_detail,
        full_form_name,
        full_form_detail,
        start_short,
        start_full,
        stem,
        scale_1,
        scale_2,
        scale_3,
        scale_4,
        scale_5,
        no_opportunity,
        no_opportunity_hint,
        keyboard_hint,
        keyboard_hint_off,
        number_keys_off,
        number_keys_on,
        progress_items,
        announce_item,
        back,
        next,
        back_to_review,
        save_and_review,
        retry,
        next_loading,
        next_failed,
        notice_storage_unavailable,
        notice_corrupt,
        notice_outdated,
        notice_newer,
        notice_restored,
        notice_other_tab,
        notice_language_unavailable,
        dismiss,
        footer,
        footer_shared,
        team_link,
        resume_entry_summary,
    }
}

ui_text! {
    /// Every string of the results document, one key each; only the
    /// full module (a separate wasm) carries them.
    ReportText in report_keys {
        radar_title,
        radar_summary,
        radar_summary_dimension,
        legend_leading,
        legend_managing,
        legend_line,
        radar_caption,
        summary_pattern,
        summary_priorities,
        quality_heading,
        quality_same,
        quality_two_ways,
        table_caption,
        column_dimension,
        column_leading,
        column_managing,
        no_score,
        leadership_index,
        management_index,
        lean_balanced,
        lean_leading,
        lean_managing,
        near_line,
        biggest_tilt,
        biggest_tilt_none,
        biggest_tilt_slight,
        agility_heading,
        agility_score,
        debrief_heading,
        debrief_lead,
        debrief_most,
        debrief_least,
        debrief_favoured,
        plan_heading,
        plan_lead,
        plan_tie,
        plan_overuse_heading,
        plan_overuse,
        plan_more,
        plan_suggests,
        plan_suggests_short,
        source_label,
        references_heading,
        plan_choose,
        honesty_heading,
        honesty_self_report,
        honesty_not_validated,
        honesty_no_hiring,
        honesty_docs,
        honesty_technical_note,
        honesty_facilitator_guide,
        short_form_reading,
        index_missing,
        shared_error_empty,
        shared_error_unrecognised,
        shared_error_old,
        shared_error_future,
        shared_error_damaged,
        shared_error_invalid,
        shared_error_rater,
        team_count,
        team_rejected,
        team_duplicates,
        team_ignored,
        team_radar_title,
        team_legend_leading,
        team_legend_managing,
        team_legend_band,
        team_archetypes_heading,
        team_table_caption,
        team_range,
        team_indices,
        compare_count,
        compare_needed,
        compare_other_request,
        compare_not_rater,
        compare_other_form,
        compare_lead_title,
        compare_manage_title,
        compare_you,
        compare_others,
        compare_blind_heading,
        compare_hidden_heading,
        compare_gap,
        compare_gaps_none,
        invite_name_refused,
        invite_error_empty,
        invite_error_unrecognised,
        invite_error_damaged,
        invite_error_invalid,
        before_heading,
        before_lead,
        before_label,
        before_compare,
        before_lead_title,
        before_manage_title,
        before_then,
        before_now,
        before_score,
        before_summary,
        before_caption,
        before_col_side,
        before_col_change,
        before_side,
        before_none,
        reminder_heading,
        reminder_lead,
        reminder_date,
        reminder_download,
        reminder_summary,
        reminder_description,
        reminder_bad_date,
    }
}

ui_text! {
    /// The strings of the screens only the full module renders (scenarios, review, results, shared
    /// results, team view, rater form, resume code), from the same `[ui]` section as [`UiText`] but
    /// kept apart, so that the first-load module does not carry them.
    ScreenText in screen_keys {
        results_read_only_note,
        commitment_heading,
        commitment_none,
        commitment_lead,
        commitment_by_when,
        commitment_two,
        print_name,
        downloads_heading,
        download_svg,
        download_png,
        download_json,
        download_csv,
        download_failed,
        ask_heading,
        ask_lead,
        ask_name_label,
        ask_name_hint,
        ask_make_link,
        ask_link_label,
        ask_copy_link,
        ask_link_copied,
        ask_codes_label,
        ask_codes_hint,
        ask_compare,
        ask_comparison_label,
        rater_someone,
        rater_heading,
        rater_lead,
        rater_privacy,
        rater_start,
        rater_stem,
        rater_not_seen,
        rater_done_heading,
        rater_done_lead,
        rater_code_label,
        rater_change,
        rater_refused_heading,
        copy_result_link,
        result_link_copied,
        result_link_manual,
        shared_note,
        shared_error_heading,
        shared_take_yourself,
        shared_start,
        change_answers,
        print_results,
        start_over,
        start_over_confirm,
        start_over_yes,
        take_full_form,
        take_full_form_confirm,
        take_full_form_yes,
        cancel,
        team_lead,
        team_codes_label,
        team_codes_hint,
        team_show,
        team_import,
        team_download,
        team_leave,
        progress_scenarios,
        announce_scenario,
        scenarios_heading,
        scenarios_lead,
        scenarios_skip_note,
        start_scenarios,
        skip_scenarios,
        scenario_part,
        choose_moves,
        most_effective,
        least_effective,
        same_option_note,
        review_heading,
        review_lead,
        review_items,
        review_scenarios,
        review_scenarios_skipped,
        take_scenarios,
        change,
        change_item,
        change_scenario,
        not_answered,
        most_label,
        least_label,
        see_results,
        results_heading,
        shared_heading,
        team_heading,
        resume_code_summary,
        resume_code_help,
        resume_code_label,
        copy,
        copied,
        copy_failed,
        resume_entry_label,
        resume_entry_hint,
        resume_entry_submit,
        resume_error_empty,
        resume_error_unrecognised,
        resume_error_damaged,
        resume_error_old,
        resume_error_future,
        resume_error_invalid,
    }
}

/// Fills `template` in `lang`: each select `{name -> [key]text[key]text…}` becomes the variant that
/// fits the number `name` holds (an exact number such as `[0]` first, else its plural category in
/// `lang`, [`plural::category`], else `[other]`), then each `{name}` its value, as [`substitute`]
/// does.
///
/// A select is how a translation's Fluent select (`{ $points -> [one] … *[other] … }`) is written
/// in the app's texts; the content's build checks its shape, so no malformed one reaches here
/// (one that did would give its `other` text, or nothing).
pub fn fill(lang: Lang, template: &str, values: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some((before, name, variants, tail)) = next_select(rest) {
        out.push_str(&substitute(before, values));
        let number = value(values, name).and_then(Operands::of);
        out.push_str(&substitute(variant(lang, number, variants), values));
        rest = tail;
    }
    out.push_str(&substitute(rest, values));
    out
}

/// Replaces each `{name}` in `template` with its value (unknown names are left as they are), and
/// nothing else: what [`fill`] does once the selects are chosen. The first screens' strings
/// ([`UiText`]) count nothing, and the build refuses a select in them, so the first-load module
/// fills them with this alone and carries no plural rules.
pub fn substitute(template: &str, values: &[(&str, &str)]) -> String {
    // One pass over the template, with no substring search and no index slicing (both would pull
    // panic formatting or a searcher into the wasm); a value that itself contains braces is never
    // expanded again.
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some((before, after)) = rest.split_once('{') {
        out.push_str(before);
        let known = after
            .split_once('}')
            .and_then(|(name, tail)| Some((value(values, name)?, tail)));
        match known {
            Some((value, tail)) => {
                out.push_str(value);
                rest = tail;
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// The value given for `name`.
fn value<'a>(values: &[(&str, &'a str)], name: &str) -> Option<&'a str> {
    values.iter().find(|(n, _)| *n == name).map(|(_, v)| *v)
}

/// The first select in `text`: the text before it, its variable, its variants (`-> [key]text…`)
/// and the text after its closing brace.
fn next_select(text: &str) -> Option<(&str, &str, &str, &str)> {
    let mut searched = 0;
    loop {
        let (before, after) = text.get(searched..)?.split_once('{')?;
        searched += before.len() + 1;
        if let Some((name, variants, tail)) = select(after) {
            return Some((text.get(..searched - 1)?, name, variants, tail));
        }
    }
}

/// The select that `after` (what follows a `{`) starts, if it starts one: its variable, its
/// variants and what follows its closing brace. A placeholder's name has no space, so a space
/// before the first `}` marks a select.
fn select(after: &str) -> Option<(&str, &str, &str)> {
    let (name, body) = after.split_once(' ')?;
    if name.contains('}') {
        return None;
    }
    // The variants' own `{name}`s open and close within the select.
    let mut depth = 0u32;
    for (at, byte) in body.bytes().enumerate() {
        match byte {
            b'{' => depth += 1,
            b'}' if depth == 0 => return Some((name, body.get(..at)?, body.get(at + 1..)?)),
            b'}' => depth -= 1,
            _ => {}
        }
    }
    None
}

/// The text of the variant for `number` (`None` when the value is not a number: `other`).
fn variant(lang: Lang, number: Option<Operands>, variants: &str) -> &str {
    let category = number.map_or(Category::Other, |n| plural::category(lang, n));
    let (mut by_category, mut other) = (None, "");
    // `-> [one]text[other]text`: what precedes the first `[` has no `]`, and is passed over.
    for (key, text) in variants.split('[').filter_map(|v| v.split_once(']')) {
        let exact = Operands::of(key).filter(|k| k.v == 0);
        if number.zip(exact).is_some_and(|(n, k)| n.is(k.i)) {
            return text;
        }
        if key == category.id() && by_category.is_none() {
            by_category = Some(text);
        }
        if key == "other" {
            other = text;
        }
    }
    by_category.unwrap_or(other)
}

/// The `{placeholder}` names used in a template, in order: a select's variable, then the names in
/// its variants.
pub fn placeholders(template: &str) -> Vec<&str> {
    let mut names = Vec::new();
    let mut rest = template;
    while let Some((_, after)) = rest.split_once('{') {
        if let Some((name, variants, tail)) = select(after) {
            names.push(name);
            names.extend(placeholders(variants));
            rest = tail;
            continue;
        }
        match after.split_once('}') {
            Some((name, tail)) => {
                names.push(name);
                rest = tail;
            }
            None => break,
        }
    }
    names
}

/// Whether `template` holds a select.
pub fn has_select(template: &str) -> bool {
    next_select(template).is_some()
}
