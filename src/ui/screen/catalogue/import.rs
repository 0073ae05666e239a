//! The CSV import: what the file holds, where it is, and what happened — the counts when
//! it went in, or every refused line in a two-column table (line | what to fix) when
//! nothing did.

use iced::widget::{column, container, scrollable, text, text_input};
use iced::{Fill, Length};

use super::parts::{E, action, field, head, notice, rule, tiles};
use iced::Task;

use super::{
    Action, Catalogue, IMPORT_PATH, ImportKind, Importing, Message, Outcome, Panel, data, focus,
    reload,
};
use crate::Error;
use crate::catalog::import::ImportSummary;
use crate::error::{CatalogError, LineError};
use crate::i18n::{Msg, Translator};
use crate::ui::layout::{at, flow, start};
use crate::ui::screen::Changed;
use crate::ui::store::Store;
use crate::ui::theme::{self, BOLD, HUGE, Kind, LARGE, SPACE, TEXT, Tone};

/// The columns each kind of file has, as the file must name them, each beside what it
/// holds in the reader's words (`sku — référence du produit`), one a line: Latin names
/// inside an Arabic sentence made iced wrap the first line past its edge.
fn columns<'a>(kind: ImportKind, tr: &Translator) -> E<'a> {
    let names: &[&str] = match kind {
        ImportKind::Products => &[
            "sku",
            "barcode",
            "name_ar",
            "name_fr",
            "category",
            "producer_code",
            "unit",
            "price",
            "stock",
        ],
        ImportKind::Producers => &[
            "code",
            "name_ar",
            "name_latin",
            "phone",
            "workshop",
            "association_share_percent",
            "joined",
        ],
    };
    let lang = tr.lang();
    let lines = names.iter().map(|name| {
        let meaning = tr.text(crate::catalog::import::column_meaning(name));
        at(
            flow(
                lang,
                vec![
                    text((*name).to_owned()).size(TEXT).font(BOLD).into(),
                    text("—").size(TEXT).into(),
                    text(meaning).size(TEXT).into(),
                ],
            )
            .spacing(SPACE * 0.6),
            start(lang),
        )
        .into()
    });
    column(lines).spacing(2).into()
}

pub fn view<'a>(importing: &'a Importing, busy: bool, tr: &'a Translator) -> E<'a> {
    let lang = tr.lang();
    let kind = tiles(
        lang,
        [
            (ImportKind::Products, "cat-tab-products"),
            (ImportKind::Producers, "cat-tab-producers"),
        ]
        .into_iter()
        .map(|(k, id)| (tr.text(id), importing.kind == k, Message::ChooseImport(k)))
        .collect(),
        4,
    );
    let path = text_input(&tr.text("cat-import-path-placeholder"), &importing.path)
        .id(IMPORT_PATH)
        .on_input(Message::ImportPath)
        .on_submit(Message::Import)
        .size(LARGE)
        .padding(10)
        .style(theme::input)
        .align_x(start(lang));
    let path_row = flow(
        lang,
        vec![
            container(path).width(Fill).into(),
            crate::ui::widget::pick::choose_button(
                tr,
                (!busy).then(|| {
                    Message::BrowseImport(tr.text("pick-title-csv"), tr.text("pick-kind-csv"))
                }),
            )
            .into(),
            action(
                tr.text("cat-import"),
                Kind::Primary,
                (!busy).then_some(Message::Import),
            )
            .width(200)
            .into(),
        ],
    )
    .spacing(SPACE)
    .align_y(iced::Center);
    let explain = tr.text("cat-import-explain");
    let mut content = column![
        at(
            text(tr.text("cat-import-title"))
                .size(HUGE * 0.8)
                .font(BOLD),
            start(lang)
        ),
        field(tr.text("cat-import-kind"), kind, None, lang),
        at(text(explain).size(TEXT), start(lang)),
        columns(importing.kind, tr),
        field(
            tr.text("cat-import-path"),
            path_row.into(),
            Some(tr.text("cat-import-path-hint")),
            lang
        ),
    ]
    .spacing(SPACE * 1.5);
    if busy {
        content =
            content.push(notice(Tone::Info, tr.text("cat-importing"), lang).padding([10, 14]));
    }
    match &importing.outcome {
        None => {}
        Some(Outcome::Done(kind, summary)) => {
            let id = match kind {
                ImportKind::Products => "imported-products",
                ImportKind::Producers => "imported-producers",
            };
            let said = tr.tr(&Msg::new(id)
                .arg("added", summary.added)
                .arg("updated", summary.updated));
            content = content.push(notice(Tone::Good, said, lang).padding([10, 14]));
        }
        Some(Outcome::Failed(msg)) => {
            content = content.push(notice(Tone::Bad, tr.tr(msg), lang).padding([10, 14]));
        }
        Some(Outcome::Refused(errors)) => {
            let said = column![
                at(
                    text(tr.tr(&Msg::new("err-import").arg("count", errors.len())))
                        .size(TEXT)
                        .font(BOLD),
                    start(lang)
                ),
                at(text(tr.text("cat-import-fix")).size(TEXT), start(lang)),
            ]
            .spacing(4);
            content = content
                .push(
                    container(said)
                        .padding([10, 14])
                        .width(Fill)
                        .style(theme::notice(Tone::Bad)),
                )
                .push(error_table(errors, tr));
        }
    }
    let back = action(
        tr.text("cat-back-to-list"),
        Kind::Plain,
        Some(Message::Cancel),
    )
    .width(260);
    let content = content.push(at(back, start(lang))).padding(SPACE * 2.0);
    container(scrollable(content).height(Fill))
        .width(Fill)
        .height(Fill)
        .style(theme::panel)
        .into()
}

/// Line number | reason, one row per refusal, in the reader's language.
fn error_table<'a>(errors: &'a [LineError], tr: &'a Translator) -> E<'a> {
    let lang = tr.lang();
    let line_width = Length::Fixed(110.0);
    let header = flow(
        lang,
        vec![
            container(head(tr.text("cat-col-line"), 1, lang))
                .width(line_width)
                .into(),
            head(tr.text("cat-col-reason"), 1, lang),
        ],
    )
    .spacing(SPACE);
    let mut table = column![header, rule()].spacing(SPACE * 0.6);
    for error in errors {
        let row = flow(
            lang,
            vec![
                container(text(error.line.to_string()).size(TEXT).font(BOLD))
                    .width(line_width)
                    .align_x(start(lang))
                    .into(),
                container(text(tr.tr(&error.reason)).size(TEXT))
                    .width(Fill)
                    .align_x(start(lang))
                    .into(),
            ],
        )
        .spacing(SPACE);
        table = table.push(row).push(rule());
    }
    container(table)
        .padding([SPACE, SPACE * 1.5])
        .width(Fill)
        .style(theme::notice(Tone::Info))
        .into()
}

impl Catalogue {
    pub(super) fn import(&mut self, store: &Store) -> Action {
        let Panel::Import(importing) = &mut self.panel else {
            return Action::None;
        };
        if self.busy {
            return Action::None;
        }
        if importing.path.trim().is_empty() {
            importing.outcome = Some(Outcome::Failed(Msg::new("cat-import-no-path")));
            return Action::Run(focus(IMPORT_PATH));
        }
        self.busy = true;
        importing.outcome = None;
        let (store, kind, path) = (store.clone(), importing.kind, importing.path.clone());
        Action::Run(Task::perform(
            async move { data::import(store, kind, path).await },
            Message::Imported,
        ))
    }

    pub(super) fn imported(
        &mut self,
        result: Result<ImportSummary, Error>,
        store: &Store,
    ) -> Action {
        self.busy = false;
        let imported = result.is_ok();
        // The file went in even if the import was left meanwhile: the reload must happen.
        if let Panel::Import(importing) = &mut self.panel {
            importing.outcome = Some(match result {
                Ok(summary) => Outcome::Done(importing.kind, summary),
                Err(Error::Catalog(CatalogError::Import { errors })) => Outcome::Refused(errors),
                Err(error) => Outcome::Failed(error.msg()),
            });
        }
        if imported {
            Action::Did(Changed::Catalog, reload(store))
        } else {
            Action::None
        }
    }
}
