"""HTML mail bodies become the text a person would read, links visible, nothing fetched."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from privacydesk.mail.htmltext import html_to_text


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        ("<p>Hello &amp; welcome</p>", "Hello & welcome"),
        ("<p>one</p><p>two</p>", "one\n\ntwo"),
        ("line1<br>line2<br/>line3", "line1\nline2\nline3"),
        ("a<br><br>b", "a\n\nb"),
        ("<div>a</div><div>b</div>", "a\nb"),
        ("<ul><li>one<li>two</ul>", "- one\n- two"),
        ("<ol><li>first</li><li>second</li></ol>", "1. first\n2. second"),
        ("<ul><li>a<ul><li>nested</li></ul></li></ul>", "- a\n  - nested"),
        ('Use <a href="https://x.example/form">our form</a> please',
         "Use our form <https://x.example/form> please"),
        ('<a href="https://x.example/">https://x.example/</a>', "https://x.example/"),
        ('<a href="mailto:privacy@x.example">privacy@x.example</a>', "privacy@x.example"),
        ('<a href="mailto:privacy@x.example">write to us</a>', "write to us <privacy@x.example>"),
        ('<a href="javascript:alert(1)">click</a>', "click"),
        ('<a href="https://x.example/"><img src="https://x.example/i.png" alt="Logo"></a>',
         "Logo <https://x.example/>"),
        ("<table><tr><td>Name</td><td>Jane Doe</td></tr><tr><td>Request:</td><td>Delete</td></tr></table>",
         "Name: Jane Doe\nRequest: Delete"),
        ("<table><tr><td>a</td><td>b</td><td>c</td></tr></table>", "a | b | c"),
        ("<head><title>T</title><style>p{color:red}</style></head><body>Body</body>", "Body"),
        ("<script>document.write('x')</script>shown<noscript>no</noscript>", "shown"),
        ("<p>  lots   of\n\n  space  </p>", "lots of space"),
        ("caf&eacute; &#8364;5 &lt;tag&gt;", "café €5 <tag>"),
        ("<div>unclosed <b>bold<p>para", "unclosed bold\n\npara"),
        ("", ""),
    ],
)
def test_html_to_text(markup: str, expected: str) -> None:
    assert html_to_text(markup) == expected


def test_nested_layout_table_keeps_lines_apart() -> None:
    markup = ("<table><tr><td><table><tr><td>Name</td><td>Ann</td></tr></table></td>"
              "<td>side</td></tr></table>")
    assert html_to_text(markup) == "Name: Ann\nside"


def test_remote_images_and_styles_are_not_in_text() -> None:
    markup = ('<html><head><link rel="stylesheet" href="https://evil.example/a.css"></head>'
              '<body><img src="https://evil.example/track.gif">Hi</body></html>')
    assert html_to_text(markup) == "Hi"


def test_input_is_capped() -> None:
    text = html_to_text("<p>" + "word " * 1000 + "</p>", max_chars=100)
    assert len(text) < 120


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("<>/=\"' abpdivtrlu&#;!-\n")) | st.characters(), max_size=400))
def test_never_raises_on_arbitrary_markup(markup: str) -> None:
    assert isinstance(html_to_text(markup), str)


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        ("if a < b and c<d then", "if a < b and c<d then"),
        ("<p>x <a <a <a", "x <a <a <a"),
        ("<ul>" + "<ul><li>deep" * 30, "- deep"),
    ],
)
def test_stray_brackets_and_deep_nesting(markup: str, expected: str) -> None:
    """A "<" that starts no tag is text (and must not make the parser rescan the input)."""
    assert html_to_text(markup).startswith(expected)
