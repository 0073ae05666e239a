//! The scale read on a real serial line (a pseudo-terminal) from an emulated scale, in
//! both protocols: stable weights, motion, zero, below zero, overload, garbage, a silent
//! scale, a cable pulled in the middle of an answer, a port that does not exist. A weight
//! is only ever a stable one; every trouble is named within a second.
#![cfg(unix)]
#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::common;

use std::sync::mpsc;
use std::time::{Duration, Instant};

use common::scale::{Load, Scale};
use souk::money::Quantity;
use souk::scale::reader::{self, Said};
use souk::scale::{Protocol, Reading, ScaleSpec, Trouble};

/// Reads the scale on `port` on a thread; what it says comes on the channel with when.
fn listen(port: &str, protocol: Protocol) -> mpsc::Receiver<(Instant, Said)> {
    let (tx, rx) = mpsc::channel();
    let spec = ScaleSpec {
        port: port.to_owned(),
        baud: 9600,
        protocol,
    };
    std::thread::spawn(move || reader::run(&spec, |said| tx.send((Instant::now(), said)).is_ok()));
    rx
}

/// The first thing said that matches `wanted`, within `limit`; everything said before.
fn until(
    rx: &mpsc::Receiver<(Instant, Said)>,
    limit: Duration,
    wanted: impl Fn(&Said) -> bool,
) -> (Option<Instant>, Vec<Said>) {
    let end = Instant::now() + limit;
    let mut seen = Vec::new();
    while let Some(left) = end.checked_duration_since(Instant::now()) {
        match rx.recv_timeout(left) {
            Ok((at, said)) => {
                if wanted(&said) {
                    return (Some(at), seen);
                }
                seen.push(said);
            }
            Err(_) => break,
        }
    }
    (None, seen)
}

fn kg(grams: i64) -> Quantity {
    Quantity::from_milli(grams)
}

#[test]
fn both_protocols_read_every_state_and_take_only_stable_weights() {
    for protocol in [Protocol::Toledo, Protocol::Cas] {
        let scale = Scale::start(protocol, Load::Zero);
        let rx = listen(&scale.port, protocol);
        let second = Duration::from_secs(1);
        assert!(
            until(&rx, second, |s| *s == Ok(Reading::Zero)).0.is_some(),
            "{protocol:?}"
        );
        scale.show(Load::Moving(340));
        let (moved, _) = until(&rx, second, |s| matches!(s, Ok(Reading::Moving(_))));
        assert!(moved.is_some(), "{protocol:?}: motion");
        scale.show(Load::Stable(350));
        let (stable, before) = until(&rx, second, |s| *s == Ok(Reading::Stable(kg(350))));
        assert!(stable.is_some(), "{protocol:?}: the stable weight");
        assert!(
            before.iter().all(|s| !matches!(s, Ok(Reading::Stable(_)))),
            "{protocol:?}: nothing stable before: {before:?}"
        );
        scale.show(Load::Negative);
        assert!(
            until(&rx, second, |s| *s == Ok(Reading::Negative))
                .0
                .is_some()
        );
        scale.show(Load::Overload);
        assert!(
            until(&rx, second, |s| *s == Ok(Reading::Overload))
                .0
                .is_some()
        );
        scale.show(Load::Garbage);
        let (garbage, before) = until(&rx, second, |s| *s == Err(Trouble::Garbage));
        assert!(garbage.is_some(), "{protocol:?}: garbage named: {before:?}");
        assert!(before.iter().all(|s| !matches!(s, Ok(Reading::Stable(_)))));
    }
}

#[test]
fn a_silent_scale_is_named_within_a_second_and_heard_again_when_it_speaks() {
    for protocol in [Protocol::Toledo, Protocol::Cas] {
        let scale = Scale::start(protocol, Load::Stable(500));
        let rx = listen(&scale.port, protocol);
        assert!(
            until(&rx, Duration::from_secs(1), |s| s.is_ok())
                .0
                .is_some()
        );
        scale.show(Load::Silent);
        let quiet = Instant::now();
        let (named, _) = until(&rx, Duration::from_secs(2), |s| *s == Err(Trouble::Silent));
        let took = named.expect("silence named").duration_since(quiet);
        eprintln!("{protocol:?}: silence named after {took:?}");
        assert!(took < Duration::from_secs(1), "{protocol:?}: {took:?}");
        scale.show(Load::Stable(250));
        assert!(
            until(&rx, Duration::from_secs(1), |s| *s
                == Ok(Reading::Stable(kg(250))))
            .0
            .is_some()
        );
    }
}

#[test]
fn a_cable_pulled_mid_answer_gives_no_weight_and_is_named_unplugged() {
    for protocol in [Protocol::Toledo, Protocol::Cas] {
        let scale = Scale::start(protocol, Load::Zero);
        let rx = listen(&scale.port, protocol);
        assert!(
            until(&rx, Duration::from_secs(1), |s| s.is_ok())
                .0
                .is_some()
        );
        let pulled = Instant::now();
        scale.pull_cable();
        let (named, before) = until(&rx, Duration::from_secs(2), |s| {
            matches!(s, Err(Trouble::Unplugged { .. } | Trouble::Silent))
        });
        let took = named
            .expect("the pulled cable named")
            .duration_since(pulled);
        assert!(took < Duration::from_secs(1), "{protocol:?}: {took:?}");
        assert!(
            before.iter().all(|s| !matches!(s, Ok(Reading::Stable(_)))),
            "{protocol:?}: half an answer is no weight: {before:?}"
        );
    }
}

#[test]
fn a_scale_that_is_not_there_is_named_at_once() {
    let rx = listen("/dev/souk-no-such-scale", Protocol::Toledo);
    let (named, _) = until(
        &rx,
        Duration::from_secs(1),
        |s| matches!(s, Err(Trouble::Unplugged { port, .. }) if port == "/dev/souk-no-such-scale"),
    );
    assert!(named.is_some());
}
