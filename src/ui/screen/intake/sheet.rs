//! The intake screen's A4 label sheet: the tags of what was just brought in (one a piece,
//! `tags::for_deposit`) laid out on a sheet of sticky labels (`tags::sheet`), starting
//! after the labels already peeled off a started sheet. The sheet is previewed as it will
//! print, then sent to the shop's page printer or saved as a PDF into a folder. Everything
//! is drawn and written off the window's thread.

use iced::widget::{Space, button, column, container, text, text_input};
use iced::{Element, Fill, Task};

use crate::Error;
use crate::i18n::{Lang, Msg, Translator};
use crate::intake::Deposit;
use crate::pdf::Picture;
use crate::pdf::print::PagePrinter;
use crate::tags::{self, sheet, sheet::Layout};
use crate::ui::layout::{at, flow, say, start};
use crate::ui::paper::Pages;
use crate::ui::store::Store;
use crate::ui::theme::{self, BOLD, Kind, SMALL, SPACE, TEXT};

pub const SKIP: &str = "intake-sheet-skip";
pub const FOLDER: &str = "intake-sheet-folder";
/// The preview's pixels per inch: a whole A4 sheet fits the screen's width beside nothing.
const PREVIEW_DPI: f32 = 60.0;
/// The sheets the shop can buy, as the CLI names them.
const LAYOUTS: [Layout; 3] = [Layout::L3X8, Layout::L2X7, Layout::L4X10];

#[derive(Debug)]
pub struct Sheet {
    deposit: Deposit,
    layout: usize,
    skip: String,
    folder: String,
    /// The sheets as drawn, and the one shown.
    pages: Pages,
    /// Tags on the sheets.
    count: usize,
    busy: bool,
}

#[derive(Debug, Clone)]
pub enum Message {
    Layout(usize),
    Skip(String),
    /// The tags counted and the sheets drawn.
    Drawn(Result<(usize, Vec<Picture>), Error>),
    Turn(i32),
    Print,
    Folder(String),
    /// Open the PC's folder dialog, titled so, to fill the folder.
    BrowseFolder(String),
    Save,
    /// Printed or saved (what to tell her), or why not: the intake screen says it.
    Done(Result<Msg, Error>),
    Close,
}

/// The PDF's bytes, how many tags and sheets.
type PdfResult = Result<(Vec<u8>, usize, usize), Error>;

async fn sheet_pdf(store: Store, deposit: Deposit, layout: Layout, skip: String) -> PdfResult {
    let skip = sheet::parse_skip(&skip)?;
    let list = store
        .run(move |conn, _| tags::for_deposit(conn, &deposit))
        .await?;
    let (bytes, pages) = sheet::pdf(&list, layout, skip)?;
    Ok((bytes, list.len(), pages))
}

/// `3 × 8 · 70 × 37 mm`, its decimals as she writes them.
fn layout_label(layout: &Layout, lang: Lang) -> String {
    let mm = |v: f32| {
        let t = format!("{v}");
        if lang == Lang::En {
            t
        } else {
            t.replace('.', ",")
        }
    };
    format!(
        "{} × {} · {} × {} mm",
        layout.columns,
        layout.rows,
        mm(layout.width),
        mm(layout.height)
    )
}

impl Sheet {
    /// The sheet panel for `deposit`'s tags, its first preview on the way.
    pub fn new(deposit: Deposit, store: &Store) -> (Sheet, Task<Message>) {
        let sheet = Sheet {
            deposit,
            layout: 0,
            skip: String::new(),
            folder: store.places().documents.display().to_string(),
            pages: Pages::default(),
            count: 0,
            busy: false,
        };
        let task = sheet.draw(store);
        (sheet, task)
    }

    fn layout(&self) -> Layout {
        LAYOUTS.get(self.layout).copied().unwrap_or(Layout::L3X8)
    }

    fn title(&self) -> String {
        format!("etiquettes-{}", self.deposit.number)
    }

    fn draw(&self, store: &Store) -> Task<Message> {
        let (store, deposit, layout) = (store.clone(), self.deposit.clone(), self.layout());
        let skip = self.skip.clone();
        Task::perform(
            async move {
                let skip = sheet::parse_skip(&skip)?;
                let list = store
                    .run(move |conn, _| tags::for_deposit(conn, &deposit))
                    .await?;
                let pages = sheet::preview_pages(&list, layout, skip)?;
                let pictures = pages
                    .iter()
                    .map(|p| crate::pdf::render(p, PREVIEW_DPI))
                    .collect();
                Ok((list.len(), pictures))
            },
            Message::Drawn,
        )
    }

    /// The sheets as a PDF, with how many tags and sheets they hold, made off the thread.
    fn pdf(&self, store: &Store) -> impl Future<Output = PdfResult> + use<> {
        sheet_pdf(
            store.clone(),
            self.deposit.clone(),
            self.layout(),
            self.skip.clone(),
        )
    }

    /// What follows the message; an error is the intake screen's to say.
    pub fn update(&mut self, message: Message, store: &Store) -> Result<Task<Message>, Error> {
        match message {
            Message::Layout(i) => {
                self.layout = i.min(LAYOUTS.len() - 1);
                return Ok(self.draw(store));
            }
            Message::Skip(text) => {
                self.skip = text;
                return Ok(self.draw(store));
            }
            Message::Drawn(drawn) => {
                let (count, pictures) = drawn?;
                self.count = count;
                self.pages = Pages::new(&pictures, self.pages.page());
            }
            Message::Turn(step) => {
                self.pages.turn(step);
            }
            Message::Folder(text) => self.folder = text,
            Message::BrowseFolder(title) => {
                return Ok(crate::ui::widget::pick::open(
                    crate::ui::widget::pick::Ask::Folder,
                    title,
                    &self.folder,
                    Message::Folder,
                ));
            }
            Message::Print => {
                self.busy = true;
                let (title, pdf, store) = (self.title(), self.pdf(store), store.clone());
                return Ok(Task::perform(
                    async move {
                        let (bytes, _, _) = pdf.await?;
                        let printer = store.run(move |conn, _| PagePrinter::of_shop(conn)).await?;
                        let printed =
                            crate::ui::store::print_pages(printer, title.clone(), bytes).await?;
                        Ok(printed.msg(&title))
                    },
                    Message::Done,
                ));
            }
            Message::Save => {
                self.busy = true;
                let dir = store.places().folder(&self.folder);
                let path = dir.join(format!("{}.pdf", self.title()));
                let pdf = self.pdf(store);
                return Ok(Task::perform(
                    async move {
                        let (bytes, count, pages) = pdf.await?;
                        crate::outfile::make_folder(&dir)?;
                        let path = crate::outfile::write_keeping(&path, &bytes)?;
                        Ok(Msg::new("tags-sheet-written")
                            .arg("count", count)
                            .arg("path", path.display().to_string())
                            .arg("pages", pages))
                    },
                    Message::Done,
                ));
            }
            Message::Done(_) => self.busy = false,
            // The intake screen closes the panel.
            Message::Close => {}
        }
        Ok(Task::none())
    }

    pub fn view<'a>(&'a self, tr: &'a Translator) -> Element<'a, Message> {
        let lang = tr.lang();
        let action =
            |label: String, look: Kind, message: Option<Message>| -> Element<'a, Message> {
                button(text(label).size(TEXT))
                    .padding([8, 16])
                    .style(theme::button_style(look))
                    .on_press_maybe(message)
                    .into()
            };
        let idle = |message: Message| (!self.busy).then_some(message);
        let layouts = LAYOUTS
            .iter()
            .enumerate()
            .map(|(i, layout)| {
                let look = if i == self.layout {
                    Kind::Selected
                } else {
                    Kind::Tile
                };
                action(layout_label(layout, lang), look, Some(Message::Layout(i)))
            })
            .collect();
        let skip = flow(
            lang,
            vec![
                text(tr.text("intake-ui-sheet-skip")).size(TEXT).into(),
                text_input("0", &self.skip)
                    .id(SKIP)
                    .size(TEXT)
                    .padding(8)
                    .style(theme::input)
                    .align_x(start(lang))
                    .on_input(Message::Skip)
                    .width(90)
                    .into(),
            ],
        )
        .spacing(SPACE)
        .align_y(iced::Center);
        let count = Msg::new("intake-ui-sheet-count")
            .arg("count", self.count)
            .arg("pages", self.pages.len());
        let mut turner: Vec<Element<'a, Message>> = vec![
            text(say(tr, &count)).size(SMALL).style(theme::muted).into(),
            Space::new().width(Fill).into(),
        ];
        if self.pages.len() > 1 {
            let page_of = Msg::new("stmt-ui-page-of")
                .arg("page", self.pages.page() + 1)
                .arg("count", self.pages.len());
            turner.push(action(
                tr.text("stmt-ui-page-prev"),
                Kind::Tile,
                (self.pages.page() > 0).then_some(Message::Turn(-1)),
            ));
            turner.push(text(say(tr, &page_of)).size(TEXT).into());
            turner.push(action(
                tr.text("stmt-ui-page-next"),
                Kind::Tile,
                (self.pages.page() + 1 < self.pages.len()).then_some(Message::Turn(1)),
            ));
        }
        let mut col = column![
            flow(
                lang,
                vec![
                    text(tr.text("intake-ui-sheet-title"))
                        .size(TEXT)
                        .font(BOLD)
                        .into(),
                    Space::new().width(Fill).into(),
                    action(tr.text("stmt-ui-close"), Kind::Plain, Some(Message::Close)),
                ],
            )
            .align_y(iced::Center),
            at(flow(lang, layouts).spacing(SPACE * 0.5).wrap(), start(lang)),
            at(skip, start(lang)),
        ]
        .spacing(SPACE * 0.6);
        col = col.push(
            flow(
                lang,
                vec![
                    action(
                        tr.text("intake-ui-sheet-print"),
                        Kind::Primary,
                        idle(Message::Print),
                    ),
                    text_input(&tr.text("intake-ui-sheet-folder"), &self.folder)
                        .id(FOLDER)
                        .size(TEXT)
                        .padding(8)
                        .style(theme::input)
                        .align_x(start(lang))
                        .on_input(Message::Folder)
                        .width(Fill)
                        .into(),
                    crate::ui::widget::pick::choose_button(
                        tr,
                        Some(Message::BrowseFolder(tr.text("pick-title-folder"))),
                    )
                    .into(),
                    action(tr.text("stmt-ui-save-pdf"), Kind::Tile, idle(Message::Save)),
                ],
            )
            .spacing(SPACE)
            .align_y(iced::Center),
        );
        col = col.push(
            flow(lang, turner)
                .spacing(SPACE * 0.6)
                .align_y(iced::Center),
        );
        if let Some(sheet) = self.pages.view() {
            col = col.push(sheet);
        }
        container(col)
            .padding(SPACE)
            .style(theme::notice(theme::Tone::Info))
            .into()
    }
}
