//! Confirming the irreversible: one question over the whole screen, the consequence spelled
//! out (the amount, her name, what can no longer be undone), two big buttons. "Back" or Esc
//! leaves everything as it was; the action button or Enter does it.
//!
//! The question floats over the screen it belongs to and takes every tap and key while it
//! is open, so nothing underneath changes meanwhile. A barcode scanner is a keyboard that
//! types a code and Enter: typed characters are swallowed, and an Enter that follows them
//! is taken for the scanner's, not as a yes. Only an Enter pressed on its own confirms.

use iced::advanced::layout::{self, Layout};
use iced::advanced::widget::{Operation, Tree, tree};
use iced::advanced::{Clipboard, Shell, Widget, overlay, renderer};
use iced::keyboard::{self, key::Named};
use iced::widget::{button, column, container, opaque, stack, text};
use iced::{Color, Element, Event, Fill, Length, Rectangle, Renderer, Size, Theme, Vector, mouse};

use crate::i18n::{Msg, Translator};
use crate::ui::layout::{at, flow, say, start};
use crate::ui::theme::{self, BOLD, Kind, LARGE, SPACE};

/// The id of the button that does it.
pub const YES: &str = "confirm-yes";
/// The id of the button that goes back without doing anything.
pub const BACK: &str = "confirm-back";

/// What is asked, in no language yet: the question, the lines saying what follows from
/// it, and the name of the action on its button ("Clôturer", "Verser").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Question {
    pub title: Msg,
    pub lines: Vec<Msg>,
    pub yes: Msg,
    /// Whether the action destroys something (a void, an emptied cart): its button is red.
    pub danger: bool,
}

impl Question {
    pub fn new(title: Msg, yes: Msg) -> Question {
        Question {
            title,
            lines: Vec::new(),
            yes,
            danger: false,
        }
    }

    pub fn line(mut self, line: Msg) -> Question {
        self.lines.push(line);
        self
    }

    pub fn danger(mut self) -> Question {
        self.danger = true;
        self
    }
}

/// Who hears Esc while the question is open.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Escape {
    /// The question itself: Esc sends the "back" message.
    Here,
    /// The window already turns Esc into the screen's own "back" message (the counter),
    /// which closes the question: hearing it here too would go back twice.
    Window,
}

/// `screen` with `question` over it, or `screen` alone when nothing is asked.
pub fn over<'a, M: Clone + 'a>(
    screen: impl Into<Element<'a, M>>,
    question: Option<&Question>,
    tr: &Translator,
    back: M,
    yes: M,
    escape: Escape,
) -> Element<'a, M> {
    let screen = screen.into();
    let Some(question) = question else {
        return screen;
    };
    let dialog = dialog(question, tr, back.clone(), yes.clone());
    let veil = container(container(dialog).max_width(760))
        .center(Fill)
        .padding(SPACE * 3.0)
        .style(|_: &Theme| container::Style {
            background: Some(Color::from_rgba8(0x1C, 0x1B, 0x1A, 0.45).into()),
            ..container::Style::default()
        });
    let keys = Keys {
        content: opaque(veil),
        yes,
        back: (escape == Escape::Here).then_some(back),
    };
    stack![screen, Element::new(keys)].into()
}

/// The question's box: title, consequences, then "Back" at the start and the action at the
/// end of the line, both large.
fn dialog<'a, M: Clone + 'a>(
    question: &Question,
    tr: &Translator,
    back: M,
    yes: M,
) -> Element<'a, M> {
    let lang = tr.lang();
    let mut body = column![at(
        text(say(tr, &question.title)).size(LARGE * 1.2).font(BOLD),
        start(lang)
    )]
    .spacing(SPACE);
    for line in &question.lines {
        body = body.push(at(text(say(tr, line)).size(LARGE), start(lang)));
    }
    let big = |label: String, kind: Kind, id: &'static str, message: M| -> Element<'a, M> {
        button(container(text(label).size(LARGE).font(BOLD)).id(id))
            .padding([18, 30])
            .style(theme::button_style(kind))
            .on_press(message)
            .into()
    };
    let kind = if question.danger {
        Kind::Danger
    } else {
        Kind::Primary
    };
    let buttons = flow(
        lang,
        vec![
            big(
                format!("{}  Esc", tr.text("ui-back")),
                Kind::Plain,
                BACK,
                back,
            ),
            iced::widget::Space::new().width(Fill).into(),
            big(format!("{}  ↵", tr.tr(&question.yes)), kind, YES, yes),
        ],
    )
    .align_y(iced::Center);
    container(body.push(buttons).spacing(SPACE * 2.0))
        .padding(SPACE * 2.5)
        .width(Fill)
        .style(theme::panel)
        .into()
}

/// Takes the keyboard while the question is open: Enter confirms, Esc goes back, the rest
/// is kept from the screen underneath.
struct Keys<'a, M> {
    content: Element<'a, M>,
    yes: M,
    back: Option<M>,
}

/// Whether characters were typed since the question opened or since the last Enter: then
/// the next Enter ends a scanner's code and is not an answer.
#[derive(Default)]
struct State {
    typed: bool,
}

impl<M: Clone> Widget<M, Theme, Renderer> for Keys<'_, M> {
    fn tag(&self) -> tree::Tag {
        tree::Tag::of::<State>()
    }

    fn state(&self) -> tree::State {
        tree::State::new(State::default())
    }

    fn children(&self) -> Vec<Tree> {
        vec![Tree::new(&self.content)]
    }

    fn diff(&self, tree: &mut Tree) {
        tree.diff_children(std::slice::from_ref(&self.content));
    }

    fn size(&self) -> Size<Length> {
        self.content.as_widget().size()
    }

    fn layout(
        &mut self,
        tree: &mut Tree,
        renderer: &Renderer,
        limits: &layout::Limits,
    ) -> layout::Node {
        self.content
            .as_widget_mut()
            .layout(&mut tree.children[0], renderer, limits)
    }

    fn operate(
        &mut self,
        tree: &mut Tree,
        layout: Layout<'_>,
        renderer: &Renderer,
        operation: &mut dyn Operation,
    ) {
        self.content
            .as_widget_mut()
            .operate(&mut tree.children[0], layout, renderer, operation);
    }

    fn update(
        &mut self,
        tree: &mut Tree,
        event: &Event,
        layout: Layout<'_>,
        cursor: mouse::Cursor,
        renderer: &Renderer,
        clipboard: &mut dyn Clipboard,
        shell: &mut Shell<'_, M>,
        viewport: &Rectangle,
    ) {
        if let Event::Keyboard(key_event) = event {
            let state: &mut State = tree.state.downcast_mut();
            if let keyboard::Event::KeyPressed { key, text, .. } = key_event {
                match key {
                    // An Enter ending what was typed (a scanner's code) is no answer.
                    keyboard::Key::Named(Named::Enter) if std::mem::take(&mut state.typed) => {}
                    keyboard::Key::Named(Named::Enter) => shell.publish(self.yes.clone()),
                    keyboard::Key::Named(Named::Escape) => {
                        state.typed = false;
                        if let Some(back) = &self.back {
                            shell.publish(back.clone());
                        }
                    }
                    _ if text
                        .as_ref()
                        .is_some_and(|t| t.chars().any(|c| !c.is_control())) =>
                    {
                        state.typed = true;
                    }
                    _ => {}
                }
            }
            // Nothing typed reaches the screen underneath (its search field keeps
            // the focus there); the window's own shortcuts still see every key.
            shell.capture_event();
            return;
        }
        self.content.as_widget_mut().update(
            &mut tree.children[0],
            event,
            layout,
            cursor,
            renderer,
            clipboard,
            shell,
            viewport,
        );
    }

    fn mouse_interaction(
        &self,
        tree: &Tree,
        layout: Layout<'_>,
        cursor: mouse::Cursor,
        viewport: &Rectangle,
        renderer: &Renderer,
    ) -> mouse::Interaction {
        self.content.as_widget().mouse_interaction(
            &tree.children[0],
            layout,
            cursor,
            viewport,
            renderer,
        )
    }

    fn draw(
        &self,
        tree: &Tree,
        renderer: &mut Renderer,
        theme: &Theme,
        style: &renderer::Style,
        layout: Layout<'_>,
        cursor: mouse::Cursor,
        viewport: &Rectangle,
    ) {
        self.content.as_widget().draw(
            &tree.children[0],
            renderer,
            theme,
            style,
            layout,
            cursor,
            viewport,
        );
    }

    fn overlay<'b>(
        &'b mut self,
        tree: &'b mut Tree,
        layout: Layout<'b>,
        renderer: &Renderer,
        viewport: &Rectangle,
        translation: Vector,
    ) -> Option<overlay::Element<'b, M, Theme, Renderer>> {
        self.content.as_widget_mut().overlay(
            &mut tree.children[0],
            layout,
            renderer,
            viewport,
            translation,
        )
    }
}
