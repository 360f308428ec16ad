#!/bin/sh
# Makes the demo film content/src/main/resources/no/vidsynt/content/demo/film.webm (20 s, 640x360, VP9, ~44 KB):
# four title cards of five seconds that match the Norwegian captions in film.vtt next to it. Needs ffmpeg and the
# DejaVu fonts (Debian: apt-get install ffmpeg fonts-dejavu-core). Run from anywhere; writes into a temporary folder.
set -e
out="$(cd "$(dirname "$0")/../main/resources/no/vidsynt/content/demo" && pwd)/film.webm"
work="$(mktemp -d)"
cd "$work"
bold=/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf
plain=/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf
card() { # name colour title subtitle
  printf '%s' "$3" > "$1.txt"
  printf '%s' "$4" > "$1s.txt"
  ffmpeg -loglevel error -y -f lavfi -i "color=c=$2:s=640x360:d=5:r=12" -vf \
    "drawtext=fontfile=$bold:textfile=$1.txt:fontsize=38:fontcolor=white:x=(w-text_w)/2:y=(h-text_h)/2-30,drawtext=fontfile=$plain:textfile=$1s.txt:fontsize=22:fontcolor=white@0.9:x=(w-text_w)/2:y=(h/2)+30,fade=t=in:st=0:d=0.5,fade=t=out:st=4.5:d=0.5" \
    -c:v libvpx-vp9 -b:v 0 -crf 50 -pix_fmt yuv420p "$1.webm"
  echo "file '$1.webm'" >> list.txt
}
card s1 0x1a5fb4 'Språket vi bruker' 'VidSynt · Kultur og språk'
card s2 0x26734d 'Ord former blikket' 'Hvordan ser vi barnet?'
card s3 0x8a4b08 'Barnets prosjekt' 'Hva prøver barnet å få til?'
card s4 0x613583 'Hvorfor gjør vi det slik her?' 'Ta spørsmålet med til kollegene'
ffmpeg -loglevel error -y -f concat -safe 0 -i list.txt -c copy "$out"
rm -rf "$work"
echo "$out"
