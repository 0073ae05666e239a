//! `souk backup [FILE]` and `souk restore FILE`: a verified copy of the live database, into a
//! file or in rotation into the configured folder (`--folder DIR [--keep N]` sets it), and
//! the replacement of the database by a backup, the previous one kept aside.

use std::path::{Path, PathBuf};

use clap::Args;
use souk::error::BackupError;
use souk::i18n::{Msg, Translator};
use souk::users::{self, Right};
use souk::{Error, Result, audit, backup, db};

use super::Context;
use super::output::say;

#[derive(Debug, Args)]
pub struct BackupArgs {
    /// The backup file to write. Without it: a dated backup in the configured folder.
    #[arg(conflicts_with = "folder")]
    pub file: Option<PathBuf>,
    /// Sets the folder of dated backups (a USB stick, for instance), then makes one there.
    #[arg(long)]
    pub folder: Option<PathBuf>,
    /// How many dated backups to keep in the folder (default 30).
    #[arg(long, requires = "folder")]
    pub keep: Option<usize>,
}

#[derive(Debug, Args)]
pub struct RestoreArgs {
    /// The backup file to restore.
    pub file: PathBuf,
}

pub fn backup(ctx: &mut Context, args: &BackupArgs) -> Result<()> {
    let info = if let Some(file) = &args.file {
        // Never over the database or another backup; another file only with --force. A
        // backup's folder (a stick's) is made when missing.
        if let Some(folder) = file.parent().filter(|p| !p.as_os_str().is_empty()) {
            std::fs::create_dir_all(folder).map_err(|e| Error::Folder {
                path: folder.to_path_buf(),
                source: std::sync::Arc::new(e),
            })?;
        }
        souk::outfile::check(file, ctx.force)?;
        // A copy carries every PIN's hash: an administrator's to take, once there is one.
        super::auth::acting(ctx, None, Right::Backup)?;
        backup::backup_to(&ctx.conn, file)?
    } else {
        if let Some(folder) = &args.folder {
            // Where backups go is a setting of the shop: an administrator's, once there is one.
            if ctx.user.is_none() && !users::pins_required(&ctx.conn)? {
                backup::configure(&ctx.conn, folder, args.keep)?;
            } else {
                let by = super::auth::acting(ctx, None, Right::Settings)?.id;
                backup::configure_as(&mut ctx.conn, ctx.clock.as_ref(), by, folder, args.keep)?;
            }
        }
        let (folder, keep) =
            backup::configured(&ctx.conn)?.ok_or(Error::Backup(BackupError::BackupFolderNeeded))?;
        if args.folder.is_some() {
            say(ctx.tr.tr(&Msg::new("backup-folder-set")
                .arg("folder", folder.display().to_string())
                .arg("keep", keep)));
        }
        backup::backup_rotating(&ctx.conn, &folder, keep, ctx.clock.as_ref())?
    };
    say(ctx.tr.tr(&Msg::new("backup-done")
        .arg("path", info.path.display().to_string())
        .arg("size", info.size.to_string())
        .arg("version", i64::from(info.schema_version))
        .arg("sales", info.sales)));
    for old in &info.removed {
        say(ctx
            .tr
            .tr(&Msg::new("backup-removed").arg("path", old.display().to_string())));
    }
    Ok(())
}

/// Runs before the database is opened: the current one may be damaged or unreadable.
pub fn restore(
    current: &Path,
    args: &RestoreArgs,
    tr: &Translator,
    user: Option<&str>,
) -> Result<()> {
    // Replacing the shop's database is an administrator's act, when the shop has one and
    // its database can still be read; a damaged one is what restores are for.
    let (by, clock) = match current.exists().then(|| db::open(current)) {
        Some(Ok(conn)) => {
            let clock = match super::clock_for(&conn, false) {
                Err(Error::DatabaseDamaged) => super::clock_without_database()?,
                other => other?,
            };
            let mut ctx = super::Context {
                conn,
                clock,
                tr,
                user: user.map(str::to_owned),
                force: false,
            };
            // Who may restore is read from the database; a damaged one cannot say.
            let by = match super::auth::acting(&mut ctx, None, Right::Restore) {
                Ok(user) => Some(user.name),
                Err(Error::DatabaseDamaged) => None,
                Err(e) => return Err(e),
            };
            (by, ctx.clock)
        }
        _ => (None, super::clock_without_database()?),
    };
    let info = backup::restore(current, &args.file, clock.as_ref())?;
    let conn = db::open(current)?;
    let after = serde_json::json!({ "by": by, "sales": info.sales });
    let file = args.file.display().to_string();
    let entry = audit::Record {
        user: None,
        operator: None,
        action: audit::Action::Restored,
        subject: &file,
        before: None,
        after: Some(after),
    };
    audit::record(&conn, clock.now(), &entry)?;
    say(tr.tr(&Msg::new("restore-done")
        .arg("backup", args.file.display().to_string())
        .arg("version", i64::from(info.schema_version))
        .arg("sales", info.sales)));
    match &info.kept_aside {
        Some(path) => say(tr.tr(&Msg::new("restore-kept").arg("path", path.display().to_string()))),
        None => say(tr.text("restore-nothing-kept")),
    }
    Ok(())
}
