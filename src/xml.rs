//! Writing XML (feeds, sitemaps) with quick-xml: every text and attribute
//! value escaped, and the characters XML 1.0 forbids even escaped (control
//! characters from pasted pages) dropped, so no article can break a file.

use std::borrow::Cow;

use quick_xml::Writer;
use quick_xml::events::{BytesDecl, BytesEnd, BytesStart, BytesText, Event};

/// Drops the characters XML 1.0 cannot carry even escaped.
pub fn xml_safe(s: &str) -> Cow<'_, str> {
    let bad = |c: char| {
        (c < ' ' && !matches!(c, '\t' | '\n' | '\r')) || matches!(c, '\u{fffe}' | '\u{ffff}')
    };
    if s.chars().any(bad) {
        Cow::Owned(s.chars().filter(|&c| !bad(c)).collect())
    } else {
        Cow::Borrowed(s)
    }
}

/// A thin layer over quick-xml's writer: elements with escaped text and
/// attributes, nothing else.
pub struct Xml(Writer<Vec<u8>>);

pub type Res = std::io::Result<()>;

impl Xml {
    pub fn new() -> Result<Xml, std::io::Error> {
        let mut w = Writer::new_with_indent(Vec::new(), b' ', 2);
        w.write_event(Event::Decl(BytesDecl::new("1.0", Some("utf-8"), None)))?;
        Ok(Xml(w))
    }

    pub fn start(&mut self, name: &str, attrs: &[(&str, &str)]) -> Res {
        let mut tag = BytesStart::new(name);
        for (k, v) in attrs {
            tag.push_attribute((*k, xml_safe(v).as_ref()));
        }
        self.0.write_event(Event::Start(tag))
    }

    pub fn end(&mut self, name: &str) -> Res {
        self.0.write_event(Event::End(BytesEnd::new(name)))
    }

    pub fn text(&mut self, name: &str, attrs: &[(&str, &str)], text: &str) -> Res {
        self.start(name, attrs)?;
        self.0
            .write_event(Event::Text(BytesText::new(xml_safe(text).as_ref())))?;
        self.end(name)
    }

    pub fn empty(&mut self, name: &str, attrs: &[(&str, &str)]) -> Res {
        let mut tag = BytesStart::new(name);
        for (k, v) in attrs {
            tag.push_attribute((*k, xml_safe(v).as_ref()));
        }
        self.0.write_event(Event::Empty(tag))
    }

    pub fn finish(self) -> String {
        let mut bytes = self.0.into_inner();
        bytes.push(b'\n');
        // The writer only ever receives `str`s.
        String::from_utf8(bytes).unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forbidden_characters_are_dropped() {
        assert_eq!(xml_safe("a\u{1}b\tc\u{ffff}"), "ab\tc");
        assert!(matches!(xml_safe("plain"), Cow::Borrowed(_)));
    }

    #[test]
    fn text_and_attributes_are_escaped() {
        let mut x = Xml::new().unwrap();
        x.text("t", &[("a", "\"<&'")], "a & b < c ]]> d").unwrap();
        let out = x.finish();
        assert!(
            out.contains("<t a=\"&quot;&lt;&amp;&apos;\">a &amp; b &lt; c ]]&gt; d</t>"),
            "{out}"
        );
    }
}
