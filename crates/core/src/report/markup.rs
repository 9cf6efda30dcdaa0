//! A tiny HTML writer: trusted markup goes in as is, every piece of text is escaped.

/// An HTML string under construction.
#[derive(Debug, Default)]
pub struct Markup {
    out: String,
}

impl Markup {
    /// An empty document.
    pub fn new() -> Markup {
        Markup {
            out: String::with_capacity(16 * 1024),
        }
    }

    /// Appends trusted markup written in this crate (tags, attribute names, fixed values).
    pub fn raw(&mut self, markup: &str) -> &mut Markup {
        self.out.push_str(markup);
        self
    }

    /// Appends text (content or an attribute value), escaped so it can never become markup.
    pub fn text(&mut self, text: &str) -> &mut Markup {
        for c in text.chars() {
            match c {
                '&' => self.out.push_str("&amp;"),
                '<' => self.out.push_str("&lt;"),
                '>' => self.out.push_str("&gt;"),
                '"' => self.out.push_str("&quot;"),
                '\'' => self.out.push_str("&#39;"),
                c => self.out.push(c),
            }
        }
        self
    }

    /// Appends `<tag class="class">text</tag>`.
    pub fn element(&mut self, tag: &str, class: &str, text: &str) -> &mut Markup {
        self.raw("<").raw(tag);
        if !class.is_empty() {
            self.raw(" class=\"").raw(class).raw("\"");
        }
        self.raw(">").text(text).raw("</").raw(tag).raw(">")
    }

    /// The finished HTML.
    pub fn finish(self) -> String {
        self.out
    }
}

#[cfg(test)]
mod tests {
    use super::Markup;

    #[test]
    fn text_is_escaped_and_markup_is_not() {
        let mut m = Markup::new();
        m.raw("<p title=\"")
            .text("a \"b\" & 'c'")
            .raw("\">")
            .text("<script>x</script>")
            .raw("</p>");
        m.element("em", "note", "1 < 2");
        assert_eq!(
            m.finish(),
            "<p title=\"a &quot;b&quot; &amp; &#39;c&#39;\">&lt;script&gt;x&lt;/script&gt;</p><em class=\"note\">1 &lt; 2</em>"
        );
    }
}
