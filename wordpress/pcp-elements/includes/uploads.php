<?php
/**
 * Lets a plan feed (a .json file) be uploaded to the media library, so the block can use it. WordPress
 * refuses .json by default; the file is accepted only when it really is JSON.
 *
 * @package pcp-elements
 */

defined( 'ABSPATH' ) || exit;

add_filter(
	'upload_mimes',
	function ( $mimes ) {
		$mimes['json'] = 'application/json';
		return $mimes;
	}
);

/*
 * WordPress checks an upload's content as well as its name; a JSON file's content is sniffed as
 * text/plain or application/json. Accept those for .json when the file parses as JSON.
 */
add_filter(
	'wp_check_filetype_and_ext',
	function ( $data, $file, $filename ) {
		if ( ! preg_match( '/\.json$/i', (string) $filename ) || ! is_readable( $file ) ) {
			return $data;
		}
		$text = file_get_contents( $file );
		if ( is_string( $text ) && null !== json_decode( $text ) && JSON_ERROR_NONE === json_last_error() ) {
			return array(
				'ext'             => 'json',
				'type'            => 'application/json',
				'proper_filename' => false,
			);
		}
		return array(
			'ext'             => false,
			'type'            => false,
			'proper_filename' => false,
		);
	},
	10,
	3
);
