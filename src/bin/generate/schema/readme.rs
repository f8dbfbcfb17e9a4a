//! The README's endpoint table (markdown), between `<!-- endpoints:start -->` and
//! `<!-- endpoints:end -->`.

use super::{inferred_note, operation_path};
use crate::catalog::ENDPOINTS;

pub fn table() -> String {
    let mut out = String::from("| id | 中文 | English | group | direction | path | envelope |\n");
    out.push_str("|---|---|---|---|---|---|---|\n");
    for e in ENDPOINTS {
        let path = match (e.path, operation_path(e)) {
            (Some(path), _) => format!("`{path}`{}", inferred_note(e.path_provenance)),
            (None, Some(sandbox)) => format!("not published (sandbox `{sandbox}`)"),
            (None, None) => "customer's URL".to_string(),
        };
        out.push_str(&format!(
            "| `{}` | {} | {} | {} | {}{} | {} | {} |\n",
            e.id,
            e.title_zh,
            e.title_en,
            e.group.as_str(),
            e.direction.as_str(),
            inferred_note(e.direction_provenance),
            path,
            e.envelope.as_str()
        ));
    }
    out
}
