//! The association's reports: a period (from, to, or this month, last month, this year),
//! its revenue over time, by category and the women's incomes as charts, the previous
//! period beside each figure, tables of producers and best sellers, and the exports (CSV,
//! workbook, the board's PDF) into a folder she sees and can change: her Documents until
//! she picks another, which is then remembered for the next time.

mod chart;

use chrono::{Datelike, Months, NaiveDate};
use iced::widget::{Canvas, button, column, container, scrollable, text, text_input};
use iced::{Element, Fill, Length, Task};

use crate::Error;
use crate::i18n::{Lang, Msg, Translator};
use crate::money::Money;
use crate::report::{By, Period, Review};
use crate::ui::layout::{at, bidi_safe, flow, say, start};
use crate::ui::screen::{Action, Context};
use crate::ui::store::{self, Store};
use crate::ui::theme::{self, BOLD, Kind, LARGE, SMALL, SPACE, TEXT, Tone};
use crate::ui::widget::{self, label, notice};
use chart::{Bar, Chart};

#[derive(Debug)]
pub struct Reports {
    from: String,
    to: String,
    step: By,
    today: NaiveDate,
    review: Option<Review>,
    notice: Option<(Tone, Msg)>,
    /// A save that would replace a file, waiting for a yes.
    replacing: Option<(SaveAs, Lang, std::path::PathBuf)>,
    /// Where exports go, as typed or chosen.
    folder: String,
}

/// The setting that remembers the folder of the last export.
pub const FOLDER_SETTING: &str = crate::settings::REPORTS_FOLDER;
/// The id of the export folder's field.
pub const FOLDER: &str = "reports-folder";

/// What the review is saved as, into the export folder.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SaveAs {
    /// The table shown, as CSV for the reader's Excel.
    Csv,
    /// Every table, as an Excel workbook.
    Xlsx,
    /// The board's report, with its charts.
    Pdf,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Preset {
    ThisMonth,
    LastMonth,
    ThisYear,
}

#[derive(Debug, Clone)]
pub enum Message {
    /// The first day was typed.
    From(String),
    /// The last day was typed.
    To(String),
    /// A ready-made period was chosen (and shown).
    Preset(Preset),
    /// Revenue over time by day, week or month.
    Step(By),
    /// Read the period typed.
    Show,
    /// The review was read, or why not.
    Loaded(Result<Box<Review>, Error>),
    /// Save the review into the export folder, in the reader's language; `true` replaces a
    /// file already there (after she said yes).
    Save(SaveAs, Lang, bool),
    /// Keep the file already there: nothing is saved.
    KeepFile,
    /// The file was written there, or why not.
    Exported(Result<std::path::PathBuf, Error>),
    /// Print the board's report on the page printer.
    Print,
    Printed(Result<(String, crate::pdf::print::Printed), Error>),
    /// The export folder was typed, or chosen in the dialog.
    Folder(String),
    /// Open the PC's folder dialog, titled so, to fill the export folder.
    BrowseFolder(String),
    /// The folder of the last export was read, if one is remembered.
    FolderRead(Result<Option<String>, Error>),
    /// The folder of an export was remembered, or why not (nothing is lost: it is shown).
    FolderKept(Result<(), Error>),
}

fn preset(today: NaiveDate, preset: Preset) -> (NaiveDate, NaiveDate) {
    let first = today.with_day(1).unwrap_or(today);
    match preset {
        Preset::ThisMonth => (first, today),
        Preset::LastMonth => {
            let start = first.checked_sub_months(Months::new(1)).unwrap_or(first);
            (start, first.pred_opt().unwrap_or(first))
        }
        Preset::ThisYear => (first.with_month(1).unwrap_or(first), today),
    }
}

impl Reports {
    pub fn new(store: &Store) -> (Reports, Task<Message>) {
        let today = crate::clock::business_day(store.now());
        let (from, to) = preset(today, Preset::ThisMonth);
        let mut screen = Reports {
            from: from.to_string(),
            to: to.to_string(),
            step: By::Day,
            today,
            review: None,
            notice: None,
            replacing: None,
            folder: store.places().documents.display().to_string(),
        };
        let kept = store.clone();
        let folder = Task::perform(
            async move {
                kept.run(|conn, _| crate::settings::get(conn, FOLDER_SETTING))
                    .await
            },
            Message::FolderRead,
        );
        let task = Task::batch([screen.load(store), folder]);
        (screen, task)
    }

    fn load(&mut self, store: &Store) -> Task<Message> {
        let period = parse(&self.from).and_then(|from| Period::new(from, parse(&self.to)?));
        match period {
            Ok(period) => {
                let (store, step) = (store.clone(), self.step);
                Task::perform(
                    async move { store::review(store, period, step).await.map(Box::new) },
                    Message::Loaded,
                )
            }
            Err(error) => {
                self.notice = Some((Tone::Bad, error.msg()));
                Task::none()
            }
        }
    }

    pub fn update(&mut self, message: Message, ctx: &Context<'_>) -> Action<Message> {
        Action::Run(self.step(message, ctx.store))
    }

    fn step(&mut self, message: Message, store: &Store) -> Task<Message> {
        match message {
            Message::From(text) => {
                self.from = text;
                Task::none()
            }
            Message::To(text) => {
                self.to = text;
                Task::none()
            }
            Message::Preset(p) => {
                let (from, to) = preset(self.today, p);
                self.from = from.to_string();
                self.to = to.to_string();
                self.load(store)
            }
            Message::Step(step) => {
                self.step = step;
                self.load(store)
            }
            Message::Show => self.load(store),
            Message::Loaded(Ok(review)) => {
                self.notice = None;
                self.review = Some(*review);
                Task::none()
            }
            Message::Print => match &self.review {
                Some(review) => {
                    let (store, review) = (store.clone(), review.clone());
                    Task::perform(
                        async move { store::print_board(store, review).await },
                        Message::Printed,
                    )
                }
                None => Task::none(),
            },
            Message::Printed(Ok((title, printed))) => {
                self.notice = Some((Tone::Good, printed.msg(&title)));
                Task::none()
            }
            Message::Exported(Err(Error::Output(crate::outfile::Refusal::Exists(path)))) => {
                // The question stands alone: an earlier "written" would read as its answer.
                self.notice = None;
                self.replacing = self
                    .replacing
                    .take()
                    .map(|(kind, lang, _)| (kind, lang, path));
                Task::none()
            }
            Message::Loaded(Err(error))
            | Message::Exported(Err(error))
            | Message::Printed(Err(error)) => {
                self.replacing = None;
                self.notice = Some((Tone::Bad, error.msg()));
                Task::none()
            }
            Message::KeepFile => {
                self.replacing = None;
                Task::none()
            }
            Message::Save(kind, lang, replace) => match &self.review {
                Some(review) => {
                    // Remembered until the answer: a file already there asks before.
                    self.replacing = (!replace).then(|| (kind, lang, std::path::PathBuf::new()));
                    let (store, review, by) = (store.clone(), review.clone(), self.step);
                    // A field left empty is her Documents, never the program's folder.
                    let folder = store.places().folder(&self.folder);
                    Task::perform(
                        async move {
                            let folder = store::folder_ready(folder).await?;
                            match kind {
                                SaveAs::Csv => {
                                    store::export_csv(folder, review, by, lang, replace).await
                                }
                                SaveAs::Xlsx => {
                                    store::export_xlsx(folder, review, by, lang, replace).await
                                }
                                SaveAs::Pdf => {
                                    store::export_pdf(store, folder, review, replace).await
                                }
                            }
                        },
                        Message::Exported,
                    )
                }
                None => Task::none(),
            },
            Message::Exported(Ok(path)) => {
                self.replacing = None;
                self.notice = Some((
                    Tone::Good,
                    Msg::new("ui-report-exported").arg("path", path.display().to_string()),
                ));
                // The folder that took a file is the one offered next time.
                let Some(folder) = path.parent().map(|f| f.display().to_string()) else {
                    return Task::none();
                };
                let store = store.clone();
                Task::perform(
                    async move { store::save_setting(store, FOLDER_SETTING, folder).await },
                    Message::FolderKept,
                )
            }
            Message::Folder(text) => {
                self.folder = text;
                Task::none()
            }
            Message::BrowseFolder(title) => crate::ui::widget::pick::open(
                crate::ui::widget::pick::Ask::Folder,
                title,
                &self.folder,
                Message::Folder,
            ),
            Message::FolderRead(Ok(Some(folder))) if !folder.trim().is_empty() => {
                self.folder = folder;
                Task::none()
            }
            // Without a remembered folder (or one that cannot be read), Documents stays.
            Message::FolderRead(_) | Message::FolderKept(_) => Task::none(),
        }
    }

    pub fn review(&self) -> Option<&Review> {
        self.review.as_ref()
    }

    /// The export folder as the field shows it.
    pub fn folder(&self) -> &str {
        &self.folder
    }

    pub fn view<'a>(&'a self, ctx: &Context<'a>) -> Element<'a, Message> {
        let tr = ctx.tr;
        let lang = tr.lang();
        let mut page = column![self.picker(tr)]
            .spacing(SPACE * 1.5)
            .padding(SPACE * 2.0)
            .width(Fill);
        if let Some((kind, lang, path)) = self
            .replacing
            .as_ref()
            .filter(|(_, _, path)| !path.as_os_str().is_empty())
        {
            page = page.push(crate::ui::replace::ask(
                tr,
                path,
                Message::KeepFile,
                Message::Save(*kind, *lang, true),
            ));
        }
        if let Some((tone, msg)) = &self.notice {
            page = page.push(notice(*tone, say(tr, msg), lang).padding([8, 12]));
        }
        if let Some(review) = &self.review {
            page = page.push(summary(review, tr));
            page = page.push(panel(
                tr.text("ui-report-over-time"),
                over_time(review, lang),
                220.0,
                lang,
            ));
            page = page.push(
                flow(
                    lang,
                    vec![
                        panel(
                            tr.text("ui-report-by-category"),
                            by_category(review, lang),
                            220.0,
                            lang,
                        ),
                        panel(
                            tr.text("ui-report-incomes"),
                            incomes(review, lang),
                            220.0,
                            lang,
                        ),
                    ],
                )
                .spacing(SPACE * 1.5),
            );
            page = page.push(tables(review, tr));
        }
        scrollable(page).height(Fill).into()
    }

    fn picker<'a>(&'a self, tr: &'a Translator) -> Element<'a, Message> {
        let lang = tr.lang();
        let input = |value: &'a str, on: fn(String) -> Message| {
            text_input("YYYY-MM-DD", value)
                .on_input(on)
                .on_submit(Message::Show)
                .size(TEXT)
                .padding(8)
                .width(140)
                .style(theme::input)
                .align_x(start(lang))
        };
        let choice = |id: &'static str, message: Message, chosen: bool| -> Element<'a, Message> {
            button(text(tr.text(id)).size(TEXT))
                .padding([8, 12])
                .style(theme::button_style(if chosen {
                    Kind::Selected
                } else {
                    Kind::Plain
                }))
                .on_press(message)
                .into()
        };
        let period = flow(
            lang,
            vec![
                text(tr.text("ui-report-from")).size(TEXT).into(),
                input(&self.from, Message::From).into(),
                text(tr.text("ui-report-to")).size(TEXT).into(),
                input(&self.to, Message::To).into(),
                choice("ui-report-show", Message::Show, false),
                choice(
                    "ui-report-this-month",
                    Message::Preset(Preset::ThisMonth),
                    false,
                ),
                choice(
                    "ui-report-last-month",
                    Message::Preset(Preset::LastMonth),
                    false,
                ),
                choice(
                    "ui-report-this-year",
                    Message::Preset(Preset::ThisYear),
                    false,
                ),
            ],
        )
        .spacing(SPACE * 0.6)
        .align_y(iced::Center);
        let step = flow(
            lang,
            vec![
                choice(
                    "ui-report-by-day",
                    Message::Step(By::Day),
                    self.step == By::Day,
                ),
                choice(
                    "ui-report-by-week",
                    Message::Step(By::Week),
                    self.step == By::Week,
                ),
                choice(
                    "ui-report-by-month",
                    Message::Step(By::Month),
                    self.step == By::Month,
                ),
                iced::widget::Space::new().width(SPACE * 3.0).into(),
                choice(
                    "ui-report-export",
                    Message::Save(SaveAs::Csv, lang, false),
                    false,
                ),
                choice(
                    "ui-report-export-xlsx",
                    Message::Save(SaveAs::Xlsx, lang, false),
                    false,
                ),
                choice(
                    "ui-report-export-pdf",
                    Message::Save(SaveAs::Pdf, lang, false),
                    false,
                ),
                choice("ui-report-print", Message::Print, false),
            ],
        )
        .spacing(SPACE * 0.6)
        .align_y(iced::Center);
        let folder = flow(
            lang,
            vec![
                text(tr.text("ui-report-folder")).size(TEXT).into(),
                crate::ui::widget::pick::field(
                    lang,
                    tr,
                    text_input(&tr.text("ui-report-folder"), &self.folder)
                        .id(FOLDER)
                        .on_input(Message::Folder)
                        .size(TEXT)
                        .padding(8)
                        .width(560)
                        .style(theme::input)
                        .align_x(start(lang)),
                    Some(Message::BrowseFolder(tr.text("pick-title-folder"))),
                ),
            ],
        )
        .spacing(SPACE * 0.6)
        .align_y(iced::Center);
        column![period, step, folder].spacing(SPACE * 0.6).into()
    }
}

fn parse(text: &str) -> Result<NaiveDate, Error> {
    NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d").map_err(|_| Error::BadDay(text.to_owned()))
}

fn dirhams(m: Money) -> f32 {
    // For drawing only: a bar's height, never an amount kept or added.
    m.centimes() as f32 / 100.0
}

fn panel<'a>(title: String, chart: Chart, height: f32, lang: Lang) -> Element<'a, Message> {
    // Labels the canvas does not draw go under it, one per bar, in the bars' order.
    let labels = (chart.label_every == 0).then(|| {
        iced::widget::row(chart.bars.iter().map(|bar| {
            container(at(
                text(bidi_safe(&bar.label)).size(SMALL),
                iced::alignment::Horizontal::Center,
            ))
            .width(Length::FillPortion(1))
            .into()
        }))
    });
    let mut content = column![
        widget::title(bidi_safe(&title), TEXT, lang),
        Canvas::new(chart).width(Fill).height(Length::Fixed(height)),
    ]
    .spacing(SPACE * 0.5);
    if let Some(labels) = labels {
        content = content.push(labels);
    }
    container(content)
        .padding(SPACE)
        .width(Fill)
        .style(theme::panel)
        .into()
}

fn over_time(review: &Review, lang: Lang) -> Chart {
    let now = &review.current.by_time;
    let before = &review.previous.by_time;
    let bars: Vec<Bar> = now
        .iter()
        .enumerate()
        .map(|(i, b)| Bar {
            label: b.key.rsplit('-').next().unwrap_or(&b.key).to_owned(),
            value: dirhams(b.revenue),
            previous: before.get(i).map(|p| dirhams(p.revenue)),
            caption: b.revenue.format_number(lang),
        })
        .collect();
    let label_every = bars.len().div_ceil(31).max(1);
    Chart { bars, label_every }
}

fn by_category(review: &Review, lang: Lang) -> Chart {
    let bars = crate::report::rows(review, By::Category)
        .into_iter()
        .map(|row| Bar {
            label: if lang.is_rtl() { row.name_ar } else { row.name },
            value: dirhams(row.revenue),
            previous: Some(dirhams(row.previous)),
            caption: row.revenue.format_number(lang),
        })
        .collect();
    Chart {
        bars,
        label_every: 0,
    }
}

fn incomes(review: &Review, lang: Lang) -> Chart {
    let before = &review.previous_impact.histogram;
    let bars = review
        .impact
        .histogram
        .iter()
        .enumerate()
        .map(|(i, bin)| Bar {
            label: match &bin.to {
                Some(to) => format!(
                    "{}–{}",
                    bin.from
                        .format_number(lang)
                        .trim_end_matches(",00")
                        .trim_end_matches(".00"),
                    to.trim_end_matches(".00")
                ),
                None => format!(
                    "{}+",
                    bin.from
                        .format_number(lang)
                        .trim_end_matches(",00")
                        .trim_end_matches(".00")
                ),
            },
            value: bin.women as f32,
            previous: before.get(i).map(|b| b.women as f32),
            caption: bin.women.to_string(),
        })
        .collect();
    Chart {
        bars,
        label_every: 0,
    }
}

/// A text in a column of the table: kept whole in Arabic, on the reading side.
fn cell<'a>(t: iced::widget::Text<'a>, width: f32, lang: Lang) -> Element<'a, Message> {
    container(at(t, start(lang))).width(width).into()
}

/// The period's figures beside the previous period's.
fn summary<'a>(review: &'a Review, tr: &'a Translator) -> Element<'a, Message> {
    let lang = tr.lang();
    let (now, before) = (&review.current, &review.previous);
    let (i, pi) = (&review.impact, &review.previous_impact);
    let m = |x: Money| x.format(lang);
    let lines: Vec<(&'static str, String, String)> = vec![
        ("ui-report-revenue", m(now.revenue), m(before.revenue)),
        (
            "ui-report-sales",
            now.sales.count.to_string(),
            before.sales.count.to_string(),
        ),
        (
            "ui-report-basket",
            m(now.average_basket),
            m(before.average_basket),
        ),
        (
            "ui-report-refunds",
            m(now.refunds.total),
            m(before.refunds.total),
        ),
        (
            "ui-report-voids",
            now.voids.count.to_string(),
            before.voids.count.to_string(),
        ),
        ("ui-report-women", i.women.to_string(), pi.women.to_string()),
        ("ui-report-earned", m(i.total), m(pi.total)),
        ("ui-report-median", m(i.median), m(pi.median)),
        (
            "ui-report-new",
            i.new_producers.len().to_string(),
            pi.new_producers.len().to_string(),
        ),
    ];
    let period = |p: &Period| format!("{} – {}", p.from, p.to);
    let header = flow(
        lang,
        vec![
            cell(text(""), 300.0, lang),
            cell(text(period(&review.period)).size(SMALL), 240.0, lang),
            cell(
                text(period(&review.previous_period))
                    .size(SMALL)
                    .style(theme::muted),
                240.0,
                lang,
            ),
        ],
    );
    let mut table = column![header]
        .spacing(SPACE * 0.4)
        .width(Fill)
        .align_x(start(lang));
    for (id, a, b) in lines {
        table = table.push(
            flow(
                lang,
                vec![
                    cell(label(tr.text(id), TEXT), 300.0, lang),
                    cell(label(a, LARGE).font(BOLD), 240.0, lang),
                    cell(label(b, TEXT).style(theme::muted), 240.0, lang),
                ],
            )
            .align_y(iced::Center),
        );
    }
    container(table)
        .padding(SPACE * 1.5)
        .width(Fill)
        .style(theme::panel)
        .into()
}

/// Producers (what each earned for the shop) and the best sellers.
fn tables<'a>(review: &'a Review, tr: &'a Translator) -> Element<'a, Message> {
    let lang = tr.lang();
    let mut producers = column![at(
        label(tr.text("ui-report-by-producer"), TEXT).font(BOLD),
        start(lang)
    )]
    .spacing(SPACE * 0.3)
    .align_x(start(lang));
    for row in crate::report::rows(review, By::Producer) {
        let name = if lang.is_rtl() {
            &row.name_ar
        } else {
            &row.name
        };
        producers = producers.push(flow(
            lang,
            vec![
                cell(label(format!("{} {name}", row.key), TEXT), 300.0, lang),
                cell(label(row.revenue.format(lang), TEXT), 160.0, lang),
                cell(
                    label(row.previous.format(lang), TEXT).style(theme::muted),
                    160.0,
                    lang,
                ),
            ],
        ));
    }
    let mut top = column![at(
        label(tr.text("ui-report-top"), TEXT).font(BOLD),
        start(lang)
    )]
    .spacing(SPACE * 0.3)
    .align_x(start(lang));
    for p in &review.current.top_products {
        let name = if lang.is_rtl() { &p.name_ar } else { &p.name };
        top = top.push(flow(
            lang,
            vec![
                cell(label(format!("{} {name}", p.sku), TEXT), 300.0, lang),
                cell(label(p.revenue.format(lang), TEXT), 160.0, lang),
            ],
        ));
    }
    flow(
        lang,
        vec![
            container(producers)
                .padding(SPACE)
                .width(Fill)
                .style(theme::panel)
                .into(),
            container(top)
                .padding(SPACE)
                .width(Fill)
                .style(theme::panel)
                .into(),
        ],
    )
    .spacing(SPACE * 1.5)
    .into()
}
