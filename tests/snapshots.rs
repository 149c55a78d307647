//! Snapshots of rendered pages: any change to the markup shows up in review.

mod common;

use std::fs;

use common::*;

const ARTICLE: &str = "Le Quotidien des Réseaux\nTechnologie\n\nUne panne géante prive les clients d'une banque en ligne de leurs comptes\n\nLes clients d'une banque en ligne n'ont pas pu accéder à leurs comptes mercredi 12 mai 2021, a reconnu l'établissement.\n\nLa banque affirme que l'incident est lié à une mise à jour de ses serveurs, déployée dans la nuit.\n\nUne panne déjà vue\n\nUn incident comparable avait touché la même banque en mars 2019, selon ses propres chiffres.\n\nJ. D. avec AFP\n";

fn rendered() -> (tempfile::TempDir, String, String) {
    let dir = site(
        "title = \"Snapshots\"\nbase_url = \"https://example.org/\"\ndefault_language = \"fr\"\n",
        &[("fr/quotidien/panne.txt", ARTICLE.as_bytes())],
    );
    let public = dir.path().join("public");
    build(dir.path(), &public).expect("build");
    let article = fs::read_to_string(public.join(
        "fr/une-panne-geante-prive-les-clients-d-une-banque-en-ligne-de-leurs-comptes/index.html",
    ))
    .expect("article page");
    let home = fs::read_to_string(public.join("index.html")).expect("home");
    (dir, article, home)
}

#[test]
fn article_page() {
    let (_dir, article, _) = rendered();
    insta::assert_snapshot!("article_page", article);
}

#[test]
fn home_page() {
    let (_dir, _, home) = rendered();
    insta::assert_snapshot!("home_page", home);
}
