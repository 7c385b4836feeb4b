//! The page's components, one per file.

pub mod actor_panel;
pub mod drop_zone;
pub mod empty_state;
pub mod export_bar;
pub mod file_header;
pub mod legend;
pub mod matrix;
pub mod outline;
pub mod progress;
pub mod reader;
pub mod statements;
pub mod toolbar;
