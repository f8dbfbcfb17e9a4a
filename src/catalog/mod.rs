//! The 30 request types as data. (Coming with the catalog issue.)
