//! The product and producer forms: big fields with plain labels, choices as tiles, a hint
//! under each field that may stay empty, and the core's refusal next to the Save button.

use iced::widget::{column, container, scrollable, text};
use iced::{Fill, Length};

use super::data::Data;
use super::list::{percent, producer_name, product_name};
use super::parts::{E, action, field, input, notice, pill, tiles};
use super::{
    BARCODE, CODE, Editing, Message, NAME_AR, NAME_FR, NAME_LATIN, PHONE, PHOTO, PRICE,
    ProducerField, ProductField, SHARE, STOCK, picker,
};
use crate::catalog::edit::{ProducerForm, ProductForm};
use crate::i18n::{Lang, Msg, Translator};
use crate::money::Unit;
use crate::ui::layout::{at, flow, start};
use crate::ui::theme::{self, BOLD, HUGE, Kind, SMALL, SPACE, Tone};
use crate::ui::widget;

pub fn product<'a>(
    editing: &'a Editing<ProductForm>,
    data: &'a Data,
    busy: bool,
    tr: &'a Translator,
) -> E<'a> {
    let lang = tr.lang();
    let form = &editing.form;
    let rtl = lang.is_rtl();
    let set = |f: fn(String) -> ProductField| move |v: String| Message::SetProduct(f(v));
    let title = match editing
        .id
        .and_then(|id| data.products.iter().find(|p| p.id == id))
    {
        Some(p) => tr.tr(&Msg::new("cat-edit-product").arg("name", product_name(p, lang))),
        None => tr.text("cat-new-product"),
    };
    let sold = editing.id.is_some_and(|id| data.sold.contains(&id));
    let producer = if sold {
        picker::fixed_producer(form, data, tr)
    } else {
        picker::producer_picker(editing, data, tr)
    };
    let categories = tiles(
        lang,
        data.categories
            .iter()
            .map(|c| {
                (
                    c.name(lang).to_owned(),
                    c.code == form.category,
                    Message::SetProduct(ProductField::Category(c.code.clone())),
                )
            })
            .collect(),
        3,
    );
    let unit = tiles(
        lang,
        [(Unit::Piece, "cat-by-piece"), (Unit::Kg, "cat-by-kg")]
            .into_iter()
            .map(|(u, id)| {
                (
                    tr.text(id),
                    form.unit == u,
                    Message::SetProduct(ProductField::Unit(u)),
                )
            })
            .collect(),
        2,
    );
    let price_label = match form.unit {
        Unit::Piece => "cat-price-piece",
        Unit::Kg => "cat-price-kg",
    };
    let tracking = tiles(
        lang,
        [
            (false, "cat-stock-not-counted"),
            (true, "cat-stock-counted"),
        ]
        .into_iter()
        .map(|(t, id)| {
            (
                tr.text(id),
                form.stock_tracked == t,
                Message::SetProduct(ProductField::Tracked(t)),
            )
        })
        .collect(),
        2,
    );
    let mut barcode_row: Vec<E<'a>> = vec![
        container(input(
            BARCODE,
            String::new(),
            &form.barcode,
            set(ProductField::Barcode),
            rtl,
        ))
        .width(Fill)
        .into(),
    ];
    if form.barcode.trim().is_empty() {
        barcode_row.push(
            pill(
                tr.text("cat-generate-barcode"),
                Kind::Tile,
                Some(Message::GenerateBarcode),
            )
            .padding([12, 20])
            .into(),
        );
    }
    let french = field(
        tr.text("cat-name-fr"),
        input(
            NAME_FR,
            String::new(),
            &form.name_fr,
            set(ProductField::NameFr),
            rtl,
        ),
        None,
        lang,
    );
    let arabic = field(
        tr.text("cat-name-ar"),
        input(
            NAME_AR,
            String::new(),
            &form.name_ar,
            set(ProductField::NameAr),
            true,
        ),
        None,
        lang,
    );
    let first = column(in_reading_order(lang, french, arabic))
        .push(widget::hint(tr.text("cat-name-hint"), SMALL, lang))
        .push(field(tr.text("cat-producer"), producer, None, lang))
        .push(field(tr.text("cat-category"), categories, None, lang))
        .spacing(SPACE * 1.5);
    let mut second = column![
        field(tr.text("cat-sold"), unit, None, lang),
        field(
            tr.text(price_label),
            input(
                PRICE,
                "0,00".to_owned(),
                &form.price,
                set(ProductField::Price),
                rtl
            ),
            Some(tr.text("cat-price-hint")),
            lang
        ),
        field(tr.text("cat-stock"), tracking, None, lang),
    ]
    .spacing(SPACE * 1.5);
    if form.stock_tracked {
        second = second.push(field(
            tr.text("cat-stock-count"),
            input(
                STOCK,
                "0".to_owned(),
                &form.stock,
                set(ProductField::Stock),
                rtl,
            ),
            Some(tr.text("cat-stock-hint")),
            lang,
        ));
    }
    let second = second
        .push(field(
            tr.text("cat-sku"),
            input(CODE, String::new(), &form.sku, set(ProductField::Sku), rtl),
            Some(tr.text("cat-sku-hint")),
            lang,
        ))
        .push(field(
            tr.text("cat-barcode"),
            flow(lang, barcode_row)
                .spacing(SPACE)
                .align_y(iced::Center)
                .into(),
            Some(tr.text("cat-barcode-hint")),
            lang,
        ))
        .push(field(
            tr.text("cat-photo"),
            crate::ui::widget::pick::field(
                lang,
                tr,
                input(
                    PHOTO,
                    "/media/usb/caftan.jpg".to_owned(),
                    &editing.photo,
                    set(ProductField::Photo),
                    false,
                ),
                (!busy).then(|| {
                    Message::BrowsePhoto(tr.text("pick-title-photo"), tr.text("pick-kind-photo"))
                }),
            ),
            Some(tr.text("cat-photo-hint")),
            lang,
        ));
    page(title, first.into(), second.into(), &editing.error, busy, tr)
}

pub fn producer<'a>(
    editing: &'a Editing<ProducerForm>,
    data: &'a Data,
    busy: bool,
    tr: &'a Translator,
) -> E<'a> {
    let lang = tr.lang();
    let form = &editing.form;
    let rtl = lang.is_rtl();
    let set = |f: fn(String) -> ProducerField| move |v: String| Message::SetProducer(f(v));
    let title = match editing.id.and_then(|id| data.producer(id)) {
        Some(p) => tr.tr(&Msg::new("cat-edit-producer").arg("name", producer_name(p, lang))),
        None => tr.text("cat-new-producer"),
    };
    let mut workshops = vec![(
        tr.text("cat-no-workshop"),
        form.workshop.is_empty(),
        Message::SetProducer(ProducerField::Workshop(None)),
    )];
    workshops.extend(data.categories.iter().map(|c| {
        (
            c.name(lang).to_owned(),
            c.code == form.workshop,
            Message::SetProducer(ProducerField::Workshop(Some(c.code.clone()))),
        )
    }));
    let default_rate = percent(&data.default_rate.plain(), lang);
    let latin = field(
        tr.text("cat-name-latin"),
        input(
            NAME_LATIN,
            String::new(),
            &form.name_latin,
            set(ProducerField::NameLatin),
            rtl,
        ),
        None,
        lang,
    );
    let arabic = field(
        tr.text("cat-name-ar"),
        input(
            NAME_AR,
            String::new(),
            &form.name_ar,
            set(ProducerField::NameAr),
            true,
        ),
        None,
        lang,
    );
    let first = column(in_reading_order(lang, latin, arabic))
        .push(widget::hint(tr.text("cat-name-hint"), SMALL, lang))
        .push(field(
            tr.text("cat-phone"),
            input(
                PHONE,
                String::new(),
                &form.phone,
                set(ProducerField::Phone),
                rtl,
            ),
            None,
            lang,
        ))
        .spacing(SPACE * 1.5);
    let second = column![
        field(
            tr.text("cat-workshop"),
            tiles(lang, workshops, 4),
            None,
            lang
        ),
        field(
            tr.text("cat-share"),
            input(
                SHARE,
                default_rate.clone(),
                &form.share_percent,
                set(ProducerField::Share),
                rtl
            ),
            Some(tr.tr(&Msg::new("cat-share-hint").arg("rate", default_rate))),
            lang
        ),
        field(
            tr.text("cat-code"),
            input(
                CODE,
                String::new(),
                &form.code,
                set(ProducerField::Code),
                rtl
            ),
            Some(tr.text("cat-code-hint")),
            lang
        ),
    ]
    .spacing(SPACE * 1.5);
    page(title, first.into(), second.into(), &editing.error, busy, tr)
}

/// The two names, the Arabic one first for an Arabic reader.
fn in_reading_order<'a>(lang: Lang, latin: E<'a>, arabic: E<'a>) -> Vec<E<'a>> {
    if lang.is_rtl() {
        vec![arabic, latin]
    } else {
        vec![latin, arabic]
    }
}

/// A form's page: its title, two columns of fields that scroll, and under them, always in
/// sight, the refusal if any and the Save and Cancel buttons.
fn page<'a>(
    title: String,
    first: E<'a>,
    second: E<'a>,
    error: &'a Option<Msg>,
    busy: bool,
    tr: &'a Translator,
) -> E<'a> {
    let lang = tr.lang();
    let columns = flow(
        lang,
        vec![
            container(first).width(Length::FillPortion(1)).into(),
            container(second).width(Length::FillPortion(1)).into(),
        ],
    )
    .spacing(SPACE * 3.0)
    .padding([0.0, SPACE * 1.5]);
    let mut content = column![
        at(text(title).size(HUGE * 0.8).font(BOLD), start(lang)),
        scrollable(columns).spacing(SPACE * 0.5).height(Fill),
    ]
    .spacing(SPACE * 1.5);
    if let Some(msg) = error {
        content = content.push(notice(Tone::Bad, tr.tr(msg), lang).padding([10, 14]));
    }
    let buttons = flow(
        lang,
        vec![
            action(
                tr.text("cat-save"),
                Kind::Primary,
                (!busy).then_some(Message::Save),
            )
            .width(220)
            .into(),
            action(tr.text("cat-cancel"), Kind::Plain, Some(Message::Cancel))
                .width(220)
                .into(),
        ],
    )
    .spacing(SPACE);
    container(content.push(at(buttons, start(lang))))
        .padding(SPACE * 2.0)
        .width(Fill)
        .height(Fill)
        .style(theme::panel)
        .into()
}
