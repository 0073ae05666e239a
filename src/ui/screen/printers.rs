//! The settings screen's section of the PC's own printers (Windows' printers, CUPS'
//! queues): each one listed with a button to make it the receipt printer
//! (`system:NAME`) or the page printer, and a test of each. Choosing one fills the
//! settings form's field as typing would; the form's "Save" keeps it. Listing asks the
//! printing system, and tests print, on threads of their own: never on the window's.

use iced::widget::{button, column, container, row, text};
use iced::{Element, Fill, Task};

use crate::Error;
use crate::i18n::{Msg, Translator};
use crate::receipt::printer::PrinterSpec;
use crate::receipt::system::Queue;
use crate::ui::layout::{at, flow, say, start};
use crate::ui::store::{self, Store};
use crate::ui::theme::{self, BOLD, Kind, SMALL, SPACE, TEXT, Tone};
use crate::ui::widget::notice;

#[derive(Debug, Default)]
pub struct Printers {
    /// The PC's printers, once listed.
    queues: Option<Vec<Queue>>,
    busy: bool,
    notice: Option<(Tone, Msg)>,
}

#[derive(Debug, Clone)]
pub enum Message {
    /// The PC's printers were listed.
    Listed(Vec<Queue>),
    /// Ask the PC again (a printer was just plugged in).
    Refresh,
    /// Print receipts on this printer.
    UseForReceipts(String),
    /// Print pages on this printer.
    UseForPages(String),
    /// Print the receipts' test page on this printer.
    TestReceipt(String),
    /// Print the page printer's test page on this printer.
    TestPage(String),
    /// The test was printed (what to say), or why not.
    Tested(Result<Msg, Error>),
}

/// What the settings form must do after an update.
pub enum Action {
    None,
    Run(Task<Message>),
    /// Put this printer's text in the receipt printer's field.
    ReceiptPrinter(String),
    /// Put this name in the page printer's field.
    PagePrinter(String),
}

/// Lists the PC's printers off the window's thread.
fn list() -> Task<Message> {
    Task::perform(
        async {
            crate::ui::worker::blocking(crate::receipt::system::queues)
                .await
                .unwrap_or_default()
        },
        Message::Listed,
    )
}

impl Printers {
    pub fn new() -> (Printers, Task<Message>) {
        (Printers::default(), list())
    }

    /// `width_mm`: the receipts' paper as the form shows it.
    pub fn update(&mut self, message: Message, store: &Store, width_mm: u32) -> Action {
        match message {
            Message::Listed(queues) => self.queues = Some(queues),
            Message::Refresh => {
                self.queues = None;
                return Action::Run(list());
            }
            Message::UseForReceipts(name) => {
                return Action::ReceiptPrinter(PrinterSpec::System(name).to_string());
            }
            Message::UseForPages(name) => return Action::PagePrinter(name),
            Message::TestReceipt(name) if !self.busy => {
                self.busy = true;
                self.notice = None;
                let store = store.clone();
                return Action::Run(Task::perform(
                    async move {
                        let job = store
                            .run(move |conn, _| crate::receipt::test_page_job(conn, width_mm))
                            .await?;
                        store::send_paper(&store, PrinterSpec::System(name), job).await?;
                        Ok(Msg::new("set-test-printed"))
                    },
                    Message::Tested,
                ));
            }
            Message::TestPage(name) if !self.busy => {
                self.busy = true;
                self.notice = None;
                let store = store.clone();
                return Action::Run(Task::perform(
                    async move {
                        let pdf = store
                            .run(|conn, _| {
                                let shop = crate::receipt::ShopInfo::load(conn)?;
                                crate::pdf::print::test_page(&shop)
                            })
                            .await?;
                        let printer = crate::pdf::print::PagePrinter::Cups(Some(name));
                        let title = "Souk-test".to_owned();
                        let printed = store::print_pages(printer, title.clone(), pdf).await?;
                        Ok(printed.msg(&title))
                    },
                    Message::Tested,
                ));
            }
            Message::TestReceipt(_) | Message::TestPage(_) => {}
            Message::Tested(result) => {
                self.busy = false;
                self.notice = Some(match result {
                    Ok(said) => (Tone::Good, said),
                    Err(error) => (Tone::Bad, error.msg()),
                });
            }
        }
        Action::None
    }

    /// `receipts` and `pages`: the two printer fields as the form shows them.
    pub fn view<'a>(
        &'a self,
        tr: &'a Translator,
        receipts: &str,
        pages: &str,
    ) -> Element<'a, Message> {
        let lang = tr.lang();
        let mut list = column![
            flow(
                lang,
                vec![
                    text(tr.text("printers-title")).size(TEXT).font(BOLD).into(),
                    button(text(tr.text("printers-refresh")).size(SMALL))
                        .padding([4, 10])
                        .style(theme::button_style(Kind::Tile))
                        .on_press_maybe(self.queues.is_some().then_some(Message::Refresh))
                        .into(),
                ],
            )
            .spacing(SPACE)
            .align_y(iced::Center)
        ]
        .spacing(SPACE * 0.5);
        match &self.queues {
            None => list = list.push(at(text(tr.text("printers-asking")).size(TEXT), start(lang))),
            Some(queues) if queues.is_empty() => {
                list = list.push(at(text(tr.text("printers-none")).size(TEXT), start(lang)));
            }
            Some(queues) => {
                for queue in queues {
                    list = list.push(self.line(tr, queue, receipts, pages));
                }
            }
        }
        if let Some((tone, msg)) = &self.notice {
            list = list.push(notice(*tone, say(tr, msg), lang).padding(8));
        }
        container(list)
            .padding(SPACE)
            .width(Fill)
            .style(theme::panel)
            .into()
    }

    fn line<'a>(
        &self,
        tr: &Translator,
        queue: &'a Queue,
        receipts: &str,
        pages: &str,
    ) -> Element<'a, Message> {
        let lang = tr.lang();
        let spec = PrinterSpec::System(queue.name.clone()).to_string();
        let for_receipts = receipts.trim() == spec;
        let for_pages = pages.trim() == queue.name;
        let ready = !self.busy;
        let mut name = column![
            text(queue.name.as_str())
                .size(TEXT)
                .shaping(text::Shaping::Advanced)
        ];
        let mut about = Vec::new();
        if queue.is_default {
            about.push(tr.text("printers-default"));
        }
        if !queue.description.is_empty() {
            about.push(queue.description.clone());
        }
        if !about.is_empty() {
            name = name.push(
                text(about.join(" · "))
                    .size(SMALL)
                    .shaping(text::Shaping::Advanced),
            );
        }
        let name: Element<'a, Message> = container(name.align_x(start(lang)))
            .width(Fill)
            .align_x(start(lang))
            .into();
        let buttons = flow(
            lang,
            vec![
                small(tr, "printers-for-receipts", chosen(for_receipts))
                    .on_press(Message::UseForReceipts(queue.name.clone()))
                    .into(),
                small(tr, "printers-test-receipt", Kind::Tile)
                    .on_press_maybe(ready.then(|| Message::TestReceipt(queue.name.clone())))
                    .into(),
                small(tr, "printers-for-pages", chosen(for_pages))
                    .on_press(Message::UseForPages(queue.name.clone()))
                    .into(),
                small(tr, "printers-test-page", Kind::Tile)
                    .on_press_maybe(ready.then(|| Message::TestPage(queue.name.clone())))
                    .into(),
            ],
        )
        .spacing(SPACE * 0.5);
        row![]
            .push(
                flow(lang, vec![name, buttons.into()])
                    .spacing(SPACE)
                    .align_y(iced::Center),
            )
            .into()
    }
}

/// A small button of a printer's line.
fn small<'a>(
    tr: &Translator,
    label: &'static str,
    kind: Kind,
) -> iced::widget::Button<'a, Message> {
    button(text(tr.text(label)).size(SMALL))
        .padding([6, 10])
        .style(theme::button_style(kind))
}

/// How a choice looks: marked when it is the one in the field.
fn chosen(yes: bool) -> Kind {
    if yes { Kind::Selected } else { Kind::Tile }
}
