<?php
/**
 * Reads HTML on stdin and prints what WordPress makes of it, with WordPress's own code (Debian's
 * `wordpress` package, or the copy at $WORDPRESS_DIR), loaded without a database or a request:
 *
 *   php test/wordpress/kses-filter.php kses    wp_kses_post(): what a post keeps when saved by a user
 *                                              without unfiltered_html (Author; Editor on multisite)
 *   php test/wordpress/kses-filter.php autop   wpautop(): the Classic editor's automatic paragraphs on display
 *   php test/wordpress/kses-filter.php both    kses on save, then autop on display
 *
 * With --json after the mode, stdin is a JSON array of HTML strings and it prints the JSON array of
 * results (one PHP process for many documents).
 *
 * Only function definitions are loaded (load.php, plugin.php, functions.php, formatting.php, kses.php);
 * none of the code kses and autop run reads an option or the database, so nothing is stubbed.
 */
error_reporting( E_ALL );
ini_set( 'display_errors', 'stderr' );

// Any warning or notice fails the run: it would mean WordPress ran here in a way it does not on a site.
set_error_handler(
	function ( $level, $message, $file, $line ) {
		fwrite( STDERR, "PHP: $message at $file:$line\n" );
		exit( 3 );
	}
);

$mode = $argv[1] ?? 'both';
$json = in_array( '--json', array_slice( $argv, 2 ), true );
if ( ! in_array( $mode, array( 'kses', 'autop', 'both' ), true ) ) {
	fwrite( STDERR, "usage: php kses-filter.php kses|autop|both [--json] < page.html\n" );
	exit( 2 );
}
$wordpress = rtrim( getenv( 'WORDPRESS_DIR' ) ?: '/usr/share/wordpress', '/' );
if ( ! is_file( "$wordpress/wp-includes/kses.php" ) ) {
	fwrite( STDERR, "WordPress not found at $wordpress (apt-get install wordpress, or set WORDPRESS_DIR)\n" );
	exit( 2 );
}
define( 'ABSPATH', "$wordpress/" );
define( 'WPINC', 'wp-includes' );
require ABSPATH . WPINC . '/load.php';
require ABSPATH . WPINC . '/plugin.php';
require ABSPATH . WPINC . '/functions.php';
require ABSPATH . WPINC . '/formatting.php';
require ABSPATH . WPINC . '/kses.php';

/** What WordPress makes of one document in this mode. */
function filter_html( $html, $mode ) {
	if ( 'kses' === $mode || 'both' === $mode ) {
		$html = wp_kses_post( $html );
	}
	if ( 'autop' === $mode || 'both' === $mode ) {
		$html = wpautop( $html );
	}
	return $html;
}

$input = stream_get_contents( STDIN );
if ( $json ) {
	$documents = json_decode( $input, true, 512, JSON_THROW_ON_ERROR );
	echo json_encode( array_map( fn( $html ) => filter_html( $html, $mode ), $documents ), JSON_THROW_ON_ERROR | JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES );
} else {
	echo filter_html( $input, $mode );
}
