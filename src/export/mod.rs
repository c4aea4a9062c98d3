//! Exports for archivists, beside the audit's report formats: the archive catalogue
//! (归档文件目录, DA/T 22-2015) as CSV and XLSX, and the tag files of a BagIt bag
//! (`manifest-sha256.txt` …) so that preservation tools can check the archive. Like the report
//! writers, each function returns bytes and touches no file.

mod bagit;
mod catalogue;

pub use bagit::{BagOptions, bag_tag_files, write_bag_payload};
pub use catalogue::{
    CATALOGUE_COLUMNS, CatalogueRow, catalogue_rows, render_catalogue_csv, render_catalogue_xlsx,
};
